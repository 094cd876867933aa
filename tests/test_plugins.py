"""The plugin system: -p modules, entry points, --disable, autoload, errors as verdicts."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

import factcheck
from factcheck import PluginError, Status
from factcheck.manager import AUTOLOAD_ENV, PluginLoadWarning, get_plugin_manager

SAMPLES = Path(__file__).parent / "plugin_samples"
ARTICLE = (
    "Ministers approve budget\n\n"
    "The finance minister, Anna Berg, said the budget would cut spending by 4 percent.\n\n"
    "“We have made hard choices, and we stand by every one of them,” Berg told reporters.\n"
)


@pytest.fixture
def samples_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SAMPLES))
    for name in list(sys.modules):
        if name.startswith("fc_sample"):
            monkeypatch.delitem(sys.modules, name)


def test_builtin_checkers_come_through_the_entry_point_group() -> None:
    pm = get_plugin_manager()
    infos = {info.name: info for info in pm.infos()}
    for name in ("numeric", "attribution", "sources", "history"):
        assert infos[name].distribution == "factcheck"
        assert infos[name].plugin.__name__ == f"factcheck_plugins.{name}"


@pytest.mark.usefixtures("samples_on_path")
def test_p_registers_a_checker_module() -> None:
    pm = get_plugin_manager(plugins=["fc_sample_headline"])
    report = factcheck.check_text(ARTICLE, pm=pm, checkers=["headline-present"])
    (verdict,) = report.verdicts
    assert verdict.checker == "headline-present"
    assert verdict.status is Status.PASS
    assert "Ministers approve budget" in verdict.summary


@pytest.mark.usefixtures("samples_on_path")
def test_raising_checker_becomes_error_verdict_and_others_run() -> None:
    pm = get_plugin_manager(plugins=["fc_sample_broken"])
    report = factcheck.check_text(ARTICLE, pm=pm, checkers=["explodes", "counts-quotes"])
    by_checker = {v.checker: v for v in report.verdicts}
    assert by_checker["explodes"].status is Status.ERROR
    assert "explodes" in by_checker["explodes"].summary
    assert "ZeroDivisionError" in by_checker["explodes"].summary
    assert by_checker["counts-quotes"].status is Status.INFO


@pytest.mark.usefixtures("samples_on_path")
def test_duplicate_checker_names_name_both_plugins() -> None:
    pm = get_plugin_manager(plugins=["fc_sample_headline", "fc_sample_clash"])
    with pytest.raises(PluginError) as caught:
        pm.checkers()
    message = str(caught.value)
    assert "headline-present" in message
    assert "fc_sample_headline" in message and "fc_sample_clash" in message


@pytest.mark.usefixtures("samples_on_path")
def test_misspelt_hook_fails_loudly() -> None:
    with pytest.raises(PluginError, match="factcheck_checker"):
        get_plugin_manager(plugins=["fc_sample_misspelt"])


def test_unimportable_p_module_is_an_error() -> None:
    with pytest.raises(PluginError, match="no_such_factcheck_plugin"):
        get_plugin_manager(plugins=["no_such_factcheck_plugin"])


@pytest.mark.usefixtures("samples_on_path")
def test_disable_drops_a_checker_and_blocks_a_plugin() -> None:
    pm = get_plugin_manager(plugins=["fc_sample_broken"], disable=["explodes", "numeric"])
    assert "explodes" not in pm.checkers()
    assert "counts-quotes" in pm.checkers()
    assert "numeric" not in {info.name for info in pm.infos()}


def _install_distribution(root: Path, name: str, module_source: str, entry_value: str) -> None:
    """Lay out a module and its .dist-info on a path entry, as pip would install them."""
    (root / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    info = root / f"{name.replace('_', '-')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[factcheck]\n{name} = {entry_value}\n", encoding="utf-8")


PLUGIN_SOURCE = """
    import factcheck

    @factcheck.checker("figure-count")
    def figure_count(report):
        '''Count the figures.'''
        return [factcheck.Verdict(status="info", summary=f"{len(report.figures)} figures")]

    @factcheck.hookimpl
    def factcheck_checkers():
        return [figure_count]
"""


def test_entry_point_distribution_is_picked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_distribution(tmp_path, "fc_thirdparty", PLUGIN_SOURCE, "fc_thirdparty")
    monkeypatch.syspath_prepend(str(tmp_path))
    pm = get_plugin_manager()
    info = next(i for i in pm.infos() if i.name == "fc_thirdparty")
    assert (info.distribution, info.version) == ("fc_thirdparty", "1.2.3")
    report = factcheck.check_text(ARTICLE, pm=pm, checkers=["figure-count"])
    assert report.verdicts[0].checker == "figure-count"


def test_autoload_switch_keeps_builtins_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_distribution(tmp_path, "fc_thirdparty2", PLUGIN_SOURCE, "fc_thirdparty2")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    names = {info.name for info in get_plugin_manager().infos()}
    assert "fc_thirdparty2" not in names
    assert "numeric" in names


def test_broken_entry_point_warns_and_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_distribution(
        tmp_path, "fc_broken_ep", "raise ImportError('missing dependency')\n", "fc_broken_ep"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.warns(PluginLoadWarning, match="fc_broken_ep"):
        pm = get_plugin_manager()
    assert "fc_broken_ep" not in {info.name for info in pm.infos()}
    assert factcheck.check_text(ARTICLE, pm=pm).document.title == "Ministers approve budget"


def test_run_checker_accepts_an_installed_plugin_module(run_checker: object) -> None:
    import factcheck_plugins.numeric as numeric

    from factcheck.testing import checkers_of

    assert "numeric" in checkers_of(numeric)
    report = run_checker(  # type: ignore[operator]
        "Jobs\n\nThe company cut 1,200 jobs, including 300 in Ohio, a spokeswoman said.\n", numeric
    )
    assert {v.checker for v in report.verdicts} <= {"numeric"}


def test_p_naming_an_installed_plugin_is_harmless() -> None:
    pm = get_plugin_manager(plugins=["factcheck_plugins.numeric"])
    assert "numeric" in pm.checkers()


@pytest.mark.usefixtures("samples_on_path")
def test_raising_annotate_hook_keeps_the_report_and_says_so() -> None:
    pm = get_plugin_manager(plugins=["fc_sample_bad_annotate"])
    report = factcheck.check_text(ARTICLE, pm=pm)
    errors = [v for v in report.verdicts if v.status is Status.ERROR]
    assert [v.checker for v in errors] == ["fc_sample_bad_annotate"]
    assert "KeyError" in errors[0].summary
    assert report.quotes and {v.checker for v in report.verdicts} > {"fc_sample_bad_annotate"}


def test_a_third_party_entry_point_cannot_take_a_builtin_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install_distribution(tmp_path, "fc_impostor", PLUGIN_SOURCE, "fc_impostor")
    info = tmp_path / "fc-impostor-1.2.3.dist-info" / "entry_points.txt"
    info.write_text("[factcheck]\nnumeric = fc_impostor\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.warns(PluginLoadWarning, match="'numeric' from fc_impostor was skipped"):
        pm = get_plugin_manager()
    numeric = next(i for i in pm.infos() if i.name == "numeric")
    assert numeric.distribution == "factcheck"
    assert "figure-count" not in pm.checkers()


def test_a_verdict_about_a_claim_that_does_not_exist_is_an_error() -> None:
    @factcheck.checker("ghost-claim")
    def ghost(report: factcheck.Report) -> list[factcheck.Verdict]:
        """Name a claim id the report does not have."""
        return [factcheck.Verdict(status="fail", summary="about nothing", claim="c999")]

    report = factcheck.run_checkers(
        factcheck.extract(factcheck.Document(text=ARTICLE)), {"ghost-claim": ghost}
    )
    (verdict,) = report.verdicts
    assert verdict.status is Status.ERROR and "c999" in verdict.summary


def test_extractor_modules_import_by_dotted_name_and_extract_stays_a_function() -> None:
    # a plugin author replacing one extraction step imports its module by name
    import factcheck.extraction.figures as figures

    assert callable(factcheck.extract)
    assert figures.extract_figures("Over 4,000 people fled.")[0].hedge == "over"
