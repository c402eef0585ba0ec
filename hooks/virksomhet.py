"""The agency's colour from extra.virksomhet.primaerfarge as a stylesheet, assets/stylesheets/virksomhet.css.

The file is also committed in docs/ (generated, not edited by hand), so that Zensical, which runs no hooks,
serves the same colour: scripts/zensical writes it anew from mkdocs.yml before each build, and
tests/test_zensical.py checks that the committed file matches the settings. Under MkDocs this hook makes it at
every build, so a communication department only edits mkdocs.yml. The logo is a template
(overrides/partials/logo.html); the settings are checked (colour contrast, logo file) by
macros/innstillinger.py when the build starts.
"""

STILARK = "assets/stylesheets/virksomhet.css"


def moerkere(farge, andel=0.25):
    """#rrggbb mixed with black, for hover states."""
    return "#" + "".join(f"{round(int(farge[i : i + 2], 16) * (1 - andel)):02x}" for i in (1, 3, 5))


def stilark(farge):
    moerk = moerkere(farge)
    return (
        "/* Made by hooks/virksomhet.py from extra.virksomhet.primaerfarge in mkdocs.yml. */\n"
        f'[data-md-color-primary="custom"] {{ --md-primary-fg-color: {farge}; '
        f"--md-primary-fg-color--light: {farge}; --md-primary-fg-color--dark: {moerk}; }}\n"
        f'[data-md-color-accent="custom"] {{ --md-accent-fg-color: {moerk}; --md-accent-fg-color--transparent: {farge}1a; }}\n'
        f'[data-md-color-scheme="default"] {{ --md-typeset-a-color: {farge}; }}\n'
    )


def on_files(files, config):
    # Imported here: scripts/zensical imports this file for stilark() where MkDocs is not installed.
    from mkdocs.structure.files import File

    committet = files.get_file_from_path(STILARK)
    if committet is not None:
        files.remove(committet)
    files.append(File.generated(config, STILARK, content=stilark(config.extra["virksomhet"]["primaerfarge"])))
    return files
