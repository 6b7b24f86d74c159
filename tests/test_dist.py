"""The standalone bundle's side of the game: frozen restarts, no stderr, no Babel, and the build's own parts.

The bundle itself is built and run by ``.ci/run`` (it takes PyInstaller and half a minute); here the
game is run the way a bundle runs it: an executable that takes the options alone.
"""

from __future__ import annotations

import gettext
import io
import os
import stat
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import game.app
from game import freeze, i18n
from game.app import frozen, main
from game.app.supervisor import OUT_OF_ORDER_FLAG, SUPERVISED_FLAG, child_command, supervise

REPO_ROOT = Path(__file__).resolve().parent.parent


def _executable(path: Path, body: str) -> Path:
    """A script that runs like a bundle's executable: ``path OPTIONS...``, no ``main.py`` before them."""
    path.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _as_bundle(monkeypatch: pytest.MonkeyPatch, executable: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))


# --- the supervisor, frozen ----------------------------------------------------------------------


def test_in_a_bundle_the_child_is_the_bundle_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert child_command(["--kiosk"]) == [sys.executable, str(REPO_ROOT / "main.py"), "--kiosk"]
    _as_bundle(monkeypatch, tmp_path / "flagged")
    assert child_command(["--kiosk", "--lang", "nl"]) == [str(tmp_path / "flagged"), "--kiosk", "--lang",
                                                          "nl"]


@pytest.mark.skipif(sys.platform == "win32", reason="a script with #! is the stand-in for the executable")
def test_the_supervisor_restarts_a_frozen_style_executable(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    """It crashes twice, then shows out of order: each start is the executable with the options alone."""
    starts = tmp_path / "starts.txt"
    bundle = _executable(tmp_path / "flagged", f"""
        import sys
        with open({str(starts)!r}, "a") as out:
            out.write(" ".join(sys.argv[1:]) + "\\n")
        sys.stderr.write("Traceback (most recent call last):\\nRuntimeError: boom\\n")
        sys.exit(0 if "{OUT_OF_ORDER_FLAG}" in sys.argv else 1)
    """)
    _as_bundle(monkeypatch, bundle)
    code = supervise(child_command(["--kiosk", "--lang", "nl"]), tmp_path / "data", clock=lambda: 0.0,
                     stamp=lambda: "T", max_crashes=2)
    assert code == 0
    assert starts.read_text(encoding="utf-8").splitlines() == [
        f"--kiosk --lang nl {SUPERVISED_FLAG}", f"--kiosk --lang nl {SUPERVISED_FLAG}",
        f"--kiosk --lang nl {SUPERVISED_FLAG} {OUT_OF_ORDER_FLAG}"]
    log = (tmp_path / "data" / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert f"T starting: {bundle} --kiosk --lang nl" in log
    assert "    RuntimeError: boom" in log


@pytest.mark.skipif(sys.platform == "win32", reason="a script with #! is the stand-in for the executable")
def test_a_windowed_kiosk_runs_the_real_game_frozen_style(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    """The whole path of a windowed bundle: no stderr in the supervisor, the game as an executable."""
    bundle = _executable(tmp_path / "flagged", f"""
        import runpy, sys
        sys.path.insert(0, {str(REPO_ROOT)!r})
        runpy.run_path({str(REPO_ROOT / "main.py")!r}, run_name="__main__")
    """)
    _as_bundle(monkeypatch, bundle)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    data = tmp_path / "data"
    code = main(["--kiosk", "--headless", "--autoplay", "--frames", "30", "--data-dir", str(data)])
    assert code == 0
    log = (data / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert f"starting: {bundle} --kiosk --headless" in log
    assert "the game quit" in log


# --- no stderr -----------------------------------------------------------------------------------


def test_with_no_stderr_an_error_goes_to_the_log_in_the_data_dir(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["--level", "nowhere", "--data-dir", str(tmp_path / "given")]) == 2
    monkeypatch.setattr(game.app, "default_data_dir", lambda: tmp_path / "default")
    monkeypatch.setattr(sys, "stderr", None)  # a second program, as windowed as the first
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["check", str(tmp_path / "missing.tmx")]) == 2  # check takes no --data-dir: the default
    given = (tmp_path / "given" / "logs" / frozen.LOG_FILE).read_text(encoding="utf-8")
    assert "flagged: --level: no level called 'nowhere'" in given
    default = (tmp_path / "default" / "logs" / frozen.LOG_FILE).read_text(encoding="utf-8")
    assert f"{tmp_path / 'missing.tmx'}: map: file: no such file" in default


def test_a_process_with_its_streams_keeps_them(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    frozen.attach_missing_streams(["--data-dir", str(tmp_path)], lambda: tmp_path)
    assert sys.stderr is stderr
    assert not (tmp_path / "logs").exists()


def test_the_log_stream_stamps_lines_and_opens_only_when_written(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "flagged.log"
    stream = frozen.LogStream(lambda: path, stamp=lambda: "T")
    assert not path.exists()
    stream.write("flagged: one")
    stream.write(" line\nflagged: two\n")
    stream.close()
    assert path.read_text(encoding="utf-8") == "T flagged: one line\nT flagged: two\n"


def test_a_log_that_cannot_be_written_is_dropped(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    stream = frozen.LogStream(lambda: blocker / "flagged.log")
    assert stream.write("flagged: lost\n") == len("flagged: lost\n")


def test_the_data_dir_is_read_from_the_options_before_they_are_parsed(tmp_path: Path) -> None:
    assert frozen.data_dir_of(["--kiosk", "--data-dir", "X"], lambda: tmp_path) == Path("X")
    assert frozen.data_dir_of(["--data-dir=Y"], lambda: tmp_path) == Path("Y")
    assert frozen.data_dir_of(["--kiosk"], lambda: tmp_path) == tmp_path


# --- catalogues without Babel --------------------------------------------------------------------


def _babel_catalogue(po_path: Path) -> gettext.GNUTranslations:
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, domain=i18n.DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.mark.parametrize("po_path", sorted(i18n.LOCALE_DIR.glob("*/LC_MESSAGES/flagged.po")),
                         ids=lambda path: path.parts[-3])
def test_the_game_reads_each_shipped_catalogue_as_babel_does(po_path: Path) -> None:
    ours = i18n.load_catalogue(po_path.parts[-3])
    theirs = _babel_catalogue(po_path)
    assert ours._catalog == theirs._catalog  # type: ignore[attr-defined]
    assert len(ours._catalog) > 100  # type: ignore[attr-defined]
    assert [ours.plural(n) for n in range(4)] == [theirs.plural(n) for n in range(4)]  # type: ignore[attr-defined]


def test_the_reader_skips_fuzzy_obsolete_and_untranslated_and_joins_lines(tmp_path: Path) -> None:
    po = tmp_path / "nl" / "LC_MESSAGES" / "flagged.po"
    po.parent.mkdir(parents=True)
    po.write_text(textwrap.dedent('''\
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        #, fuzzy
        msgid "Guess"
        msgstr "Gok"

        #~ msgid "Gone"
        #~ msgstr "Weg"

        msgid "Empty"
        msgstr ""

        # | msgid "Old wording"
        #: game/x.py:1
        msgid ""
        "Two "
        "lines"
        msgstr "Twee\\n"
        "regels \\"hier\\""
        msgid "Next"
        msgstr "Volgende"
        '''), encoding="utf-8")
    catalogue = i18n.load_catalogue("nl", tmp_path)
    assert catalogue.gettext("Guess") == "Guess"
    assert catalogue.gettext("Gone") == "Gone"
    assert catalogue.gettext("Empty") == "Empty"
    assert catalogue.gettext("Two lines") == 'Twee\nregels "hier"'
    assert catalogue.gettext("Next") == "Volgende"


@pytest.mark.parametrize("text", ['msgid "A"\nmsgstr "B\n', 'msgstr "B"\n', 'msgid "A"\nmsgstr "\\q"\n',
                                  'msgid "A"\nmsgid "B"\nmsgstr "C"\n', 'banana "A"\n', '"A"\n'])
def test_a_broken_catalogue_names_its_file_and_line(tmp_path: Path, text: str) -> None:
    po = tmp_path / "nl" / "LC_MESSAGES" / "flagged.po"
    po.parent.mkdir(parents=True)
    po.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"flagged\.po: cannot read translation catalogue: line \d"):
        i18n.load_catalogue("nl", tmp_path)


def test_nothing_the_game_runs_imports_babel() -> None:
    """The bundle leaves Babel out; only the translators' extractor may use it."""
    users = [path.relative_to(REPO_ROOT).as_posix() for path in sorted((REPO_ROOT / "game").rglob("*.py"))
             if "babel" in path.read_text(encoding="utf-8").lower().replace("babel's", "")
             and path.name not in ("i18n_extract.py", "i18n.py", "freeze.py")]
    assert users == []
    source = (REPO_ROOT / "game" / "i18n.py").read_text(encoding="utf-8")
    assert "import babel" not in source and "from babel" not in source


# --- the build's parts ---------------------------------------------------------------------------


def test_the_bundle_carries_the_data_the_game_reads_and_leaves_babel_out(tmp_path: Path) -> None:
    arguments = freeze.pyinstaller_arguments(tmp_path / "dist", tmp_path / "work", windowed=False)
    data = [arguments[index + 1] for index, item in enumerate(arguments) if item == "--add-data"]
    targets = {entry.rsplit(os.pathsep, 1)[1] for entry in data}
    wanted = {"levels", "assets/fonts", "assets/tiles", "assets/sprites", "assets/sounds", "game/locale"}
    assert wanted <= targets
    for entry in data:
        assert Path(entry.rsplit(os.pathsep, 1)[0]).exists(), entry
    excluded = [arguments[index + 1] for index, item in enumerate(arguments) if item == "--exclude-module"]
    assert {"babel", "ssl"} <= set(excluded)  # no Babel at run time, and no network at all
    assert "--onedir" in arguments and "--onefile" not in arguments
    assert "--windowed" not in arguments
    assert "--windowed" in freeze.pyinstaller_arguments(tmp_path, tmp_path, windowed=True)


def test_everything_beside_the_executable_exists() -> None:
    for source, _ in freeze.BESIDE:
        assert (REPO_ROOT / source).is_file(), source
    readme = (REPO_ROOT / "docs" / "READ-ME.txt").read_text(encoding="utf-8")
    assert "--kiosk" in readme and "docs/workshop.md" in readme


def test_the_zip_keeps_one_top_folder_and_the_execute_bit(tmp_path: Path) -> None:
    bundle = tmp_path / "flagged"
    (bundle / "_internal").mkdir(parents=True)
    _executable(bundle / "flagged", "print('hi')\n")
    (bundle / "_internal" / "data.txt").write_text("x" * 1000, encoding="utf-8")
    assert freeze.folder_size(bundle) == (2, (bundle / "flagged").stat().st_size + 1000)
    archive = tmp_path / "out.zip"
    freeze.zip_folder(bundle, archive)
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
        mode = opened.getinfo("flagged/flagged").external_attr >> 16
    assert names == ["flagged/_internal/data.txt", "flagged/flagged"]
    assert sys.platform == "win32" or mode & stat.S_IXUSR


# --- the instructions ----------------------------------------------------------------------------


def _blocks(markdown: str, language: str) -> list[str]:
    """The fenced code blocks of one language in a Markdown text."""
    parts = markdown.split("```")
    return [part.split("\n", 1)[1] for part in parts[1::2] if part.split("\n", 1)[0].strip() == language]


def test_the_readme_offers_the_bundle_first_and_keeps_make_play_and_test() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    first_lines = "\n".join(readme.splitlines()[:20])
    assert "No Python" in first_lines and "standalone bundle" in first_lines
    assert "make play" in first_lines and "make test" in first_lines
    windows = readme[readme.index("On Windows"):readme.index("## What this is")]
    assert "python -m game.freeze" in windows and ".[test,dist]" in windows
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\t$(BIN)/python -m game.freeze" in makefile.split("\ndist:", 1)[1].split("\n\n", 1)[0]


@pytest.mark.parametrize("guide", ["workshop.md", "workshop.nl.md"])
def test_each_guide_gives_the_exact_boot_files_and_how_to_stop_them(guide: str) -> None:
    import configparser
    import xml.etree.ElementTree as ElementTree

    text = (REPO_ROOT / "docs" / guide).read_text(encoding="utf-8")
    units = [block for block in _blocks(text, "ini") if "[Service]" in block]
    assert len(units) == 1
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read_string(units[0])
    assert unit["Service"]["ExecStart"] == "/home/kiosk/flagged/flagged --kiosk --lang nl"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    tasks = _blocks(text, "xml")
    assert len(tasks) == 1
    namespace = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    task = ElementTree.fromstring(tasks[0])
    assert task.findtext("t:Actions/t:Exec/t:Command", namespaces=namespace) == r"C:\flagged\flagged.exe"
    assert task.findtext("t:Settings/t:ExecutionTimeLimit", namespaces=namespace) == "PT0S"
    assert task.find("t:Triggers/t:LogonTrigger", namespace) is not None
    for command in ("systemctl --user enable --now flagged.service", "systemctl --user stop flagged.service",
                    "systemctl --user disable --now flagged.service",
                    r'schtasks /Create /TN "Flagged kiosk" /XML C:\flagged\flagged-task.xml',
                    'schtasks /End /TN "Flagged kiosk"', 'schtasks /Change /TN "Flagged kiosk" /Disable'):
        assert command in text, command
