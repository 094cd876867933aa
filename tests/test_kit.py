"""The plugin kit: the example distribution in docs/examples, checker options from configuration files,
descriptions in ``factcheck plugins`` and ``factcheck formats``, and factcheck.testing's fixtures.

The slow test installs docs/examples/factcheck-absolutes with pip (``--target``, so the test
environment is left as it was) and runs the command and the example's own tests with it on
the path, so the checker is found through its ``factcheck`` entry point as after
``pip install docs/examples/factcheck-absolutes``.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.cli import main
from factcheck.config import CONFIG_ENV, Config, ConfigError, load_config, read_config, resolve_options
from factcheck.manager import get_plugin_manager
from factcheck.testing import SEED

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "docs" / "examples" / "factcheck-absolutes"
PIP_TIMEOUT = 600


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


class CountingPlugin:
    """A plugin in the style of the example: one checker with one option, no module state."""

    @factcheck.hookimpl
    def factcheck_checker_options(self) -> dict[str, dict[str, Any]]:
        return {"quote-count": {"at_least": 3}}

    @factcheck.hookimpl
    def factcheck_checkers(self, options: Mapping[str, Mapping[str, Any]]) -> list[factcheck.Checker]:
        at_least = int(options["quote-count"]["at_least"])

        @factcheck.checker("quote-count")
        def quote_count(report: factcheck.Report) -> list[factcheck.Verdict]:
            """Tell how many quotes the article has, and warn below a threshold."""
            status = "info" if len(report.quotes) >= at_least else "warn"
            return [
                factcheck.Verdict(status=status, summary=f"{len(report.quotes)} quotes (at least {at_least})")
            ]

        return [quote_count]


# --------------------------------------------------------------------------- configuration files


def test_the_nearest_factcheck_toml_or_pyproject_table_is_read(tmp_path: Path) -> None:
    deep = tmp_path / "desk" / "articles"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.factcheck.checkers.quote-count]\nat_least = 5\n', encoding="utf-8"
    )
    config = load_config(deep, environ={})
    assert config.path == tmp_path / "pyproject.toml" and config.checker("quote-count") == {"at_least": 5}
    (tmp_path / "desk" / "factcheck.toml").write_text(
        "[checkers.quote-count]\nat_least = 2\n", encoding="utf-8"
    )
    assert load_config(deep, environ={}).checker("quote-count") == {"at_least": 2}
    named = tmp_path / "elsewhere.toml"
    named.write_text("[checkers.quote-count]\nat_least = 9\n", encoding="utf-8")
    assert load_config(deep, environ={CONFIG_ENV: str(named)}).checker("quote-count") == {"at_least": 9}


def test_a_pyproject_without_a_factcheck_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert load_config(tmp_path, environ={}).path != tmp_path / "pyproject.toml"


def test_bad_files_and_options_are_one_line_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "factcheck.toml"
    broken.write_text("[checkers.quote-count\nat_least = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"factcheck\.toml: not valid TOML") as caught:
        read_config(broken)
    assert "\n" not in str(caught.value)
    declared = {"quote-count": {"at_least": 3, "ratio": 0.5, "strict": False}}
    given = Config(broken, {"checkers": {"quote-count": {"atleast": 2}}})
    with pytest.raises(
        ConfigError, match="takes no option 'atleast' \\(it takes: at_least, ratio, strict\\)"
    ):
        resolve_options(given, declared)
    with pytest.raises(ConfigError, match="option 'strict' of checker 'quote-count' must be bool, not str"):
        resolve_options(Config(broken, {"checkers": {"quote-count": {"strict": "yes"}}}), declared)
    ok = Config(broken, {"checkers": {"quote-count": {"ratio": 1}, "not-installed": {"x": 1}}})
    assert resolve_options(ok, declared) == {"quote-count": {"at_least": 3, "ratio": 1, "strict": False}}


def test_options_reach_the_checkers_of_each_manager_apart(seed_path: Path) -> None:
    plugin = CountingPlugin()
    strict = get_plugin_manager(
        extra=[plugin], config=Config(None, {"checkers": {"quote-count": {"at_least": 20}}})
    )
    default = get_plugin_manager(extra=[plugin], config=Config())
    summaries = [
        factcheck.check(seed_path, pm=pm, checkers=["quote-count"]).verdicts[0] for pm in (strict, default)
    ]
    count = len(factcheck.extract(factcheck.load(seed_path)).quotes)
    assert count >= 3
    assert [(v.status.value, v.summary) for v in summaries] == [
        ("warn", f"{count} quotes (at least 20)"),
        ("info", f"{count} quotes (at least 3)"),
    ]


def test_the_command_reads_the_configuration_and_refuses_a_bad_one(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "fc_quote_count.py"
    module.write_text(
        "import factcheck\n\n"
        "@factcheck.hookimpl\ndef factcheck_checker_options():\n"
        "    return {'quote-count': {'at_least': 3}}\n\n"
        "@factcheck.hookimpl\ndef factcheck_checkers(options):\n"
        "    at_least = options['quote-count']['at_least']\n"
        "    def check(report):\n"
        "        yield factcheck.Verdict(status='info', summary=f'{len(report.quotes)} of {at_least}')\n"
        "    return [factcheck.Checker('quote-count', 'Count the quotes.', check)]\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    (tmp_path / "factcheck.toml").write_text("[checkers.quote-count]\nat_least = 7\n", encoding="utf-8")
    status, out, _ = run(
        "-p", "fc_quote_count", "check", str(seed_path), "--checker", "quote-count", "-f", "json"
    )
    count = len(factcheck.extract(factcheck.load(seed_path)).quotes)
    assert status == 0 and json.loads(out)["verdicts"][0]["summary"] == f"{count} of 7"
    status, out, _ = run("-p", "fc_quote_count", "plugins")
    assert "Count the quotes." in out and "at_least=7" in out
    (tmp_path / "factcheck.toml").write_text("[checkers.quote-count]\nat_least = 'seven'\n", encoding="utf-8")
    status, out, err = run("-p", "fc_quote_count", "check", str(seed_path))
    assert status == 2 and out == ""
    assert err == (
        f"factcheck: {tmp_path / 'factcheck.toml'}: option 'at_least' of checker 'quote-count' must be int, "
        "not str ('seven')\n"
    )


# --------------------------------------------------------------------------- descriptions and fixtures


def test_formats_and_plugins_print_descriptions() -> None:
    status, out, _ = run("formats")
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert status == 0
    assert lines["json"].startswith("one factcheck/1 JSON object per document")
    assert "ClaimReview" in lines["claimreview"] and "'github' style" in lines["github"]
    status, out, _ = run("plugins")
    assert status == 0
    for checker in factcheck.get_plugin_manager().checkers().values():
        assert checker.description and checker.description[:40] in out
    status, out, _ = run("plugins", "-f", "json")
    rows = {row["plugin"]: row for row in map(json.loads, out.splitlines())}
    assert rows["numeric"]["description"].startswith("Built-in checker plugin")


def test_the_packaged_seed_is_the_repository_seed(seed_text: str, factcheck_seed_text: str) -> None:
    assert factcheck_seed_text == seed_text
    assert SEED.endswith(".txt")


def test_seed_report_fixture_is_extracted_and_unchecked(factcheck_seed_report: factcheck.Report) -> None:
    assert factcheck_seed_report.verdicts == ()
    assert [s.name for s in factcheck_seed_report.speakers] == ["Oleg Syromolotov"]
    assert len(factcheck_seed_report.figures) == 4


# --------------------------------------------------------------------------- the example distribution


def _env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {CONFIG_ENV, "FACTCHECK_DISABLE_PLUGIN_AUTOLOAD"}}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    return env


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
def test_the_example_distribution_installs_and_gives_its_verdicts(tmp_path: Path, seed_path: Path) -> None:
    source = tmp_path / "factcheck-absolutes"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(source)],
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    env = _env(site)
    work = tmp_path / "desk"
    work.mkdir()

    listed = _run([sys.executable, "-m", "factcheck", "plugins", "-f", "json"], work, env)
    rows = {row["plugin"]: row for row in map(json.loads, listed.stdout.splitlines())}
    assert (rows["absolutes"]["distribution"], rows["absolutes"]["checkers"]) == (
        "factcheck-absolutes",
        "absolutes",
    )
    table = _run([sys.executable, "-m", "factcheck", "plugins"], work, env).stdout
    assert "Absolute words ('all', 'never', 'the first')" in table and "paraphrase='warn'" in table

    def verdicts() -> list[tuple[str, str, str]]:
        done = _run(
            [
                sys.executable,
                "-m",
                "factcheck",
                "check",
                str(seed_path),
                "--checker",
                "absolutes",
                "-f",
                "json",
            ],
            work,
            env,
        )
        assert done.returncode in (0, 1), done.stderr
        report = json.loads(done.stdout)
        text = seed_path.read_text(encoding="utf-8")
        return [
            (v["status"], v["claim"], text[v["evidence"][0][0] : v["evidence"][0][1]])
            for v in report["verdicts"]
        ]

    assert verdicts() == [("warn", "c1", "All"), ("warn", "c2", "all")]
    (work / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.factcheck.checkers.absolutes]\nparaphrase = "info"\n',
        encoding="utf-8",
    )
    assert verdicts() == [("info", "c1", "All"), ("info", "c2", "all")]
    (work / "factcheck.toml").write_text(
        '[checkers.absolutes]\nwords = ["never", "no one"]\n', encoding="utf-8"
    )
    assert verdicts() == []

    own_tests = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], source, env)
    assert own_tests.returncode == 0, own_tests.stdout[-3000:]
    assert "6 passed" in own_tests.stdout


@pytest.mark.slow
def test_the_guides_single_module_distribution_installs_as_written(tmp_path: Path, seed_path: Path) -> None:
    guide = (REPO / "docs" / "writing-plugins.md").read_text(encoding="utf-8")
    blocks = dict(
        (block.splitlines()[0].removeprefix("# file: ").strip(), block)
        for block in re.findall(r"```(?:python|toml)\n(.*?)```", guide, re.S)
        if block.startswith("# file: ")
    )
    folder = tmp_path / "headline-figures"
    folder.mkdir()
    for name in ("pyproject.toml", "factcheck_headline_figures.py", "test_headline_figures.py"):
        (folder / name).write_text(blocks[name], encoding="utf-8")
    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(folder)],
        capture_output=True,
        text=True,
        timeout=PIP_TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    assert sorted(p.name for p in site.iterdir() if p.suffix == ".py") == ["factcheck_headline_figures.py"]
    listed = _run([sys.executable, "-m", "factcheck", "plugins", "-f", "json"], tmp_path, _env(site))
    rows = {row["plugin"]: row for row in map(json.loads, listed.stdout.splitlines())}
    assert rows["headline-figures"]["distribution"] == "factcheck-headline-figures"
    assert rows["headline-figures"]["checkers"] == "headline-figures"
