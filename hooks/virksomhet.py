"""The agency's look from extra.virksomhet: its logo in the header and its colour as a stylesheet.

The settings are checked (colour contrast, logo file) by macros/innstillinger.py when the build starts.
"""

from mkdocs.structure.files import File

STILARK = "assets/stylesheets/virksomhet.css"


def morkere(farge, andel=0.25):
    """#rrggbb mixed with black, for hover states."""
    return "#" + "".join(f"{round(int(farge[i : i + 2], 16) * (1 - andel)):02x}" for i in (1, 3, 5))


def stilark(farge):
    mork = morkere(farge)
    return (
        "/* Made by hooks/virksomhet.py from extra.virksomhet.primaerfarge in mkdocs.yml. */\n"
        f'[data-md-color-primary="custom"] {{ --md-primary-fg-color: {farge}; '
        f"--md-primary-fg-color--light: {farge}; --md-primary-fg-color--dark: {mork}; }}\n"
        f'[data-md-color-accent="custom"] {{ --md-accent-fg-color: {mork}; --md-accent-fg-color--transparent: {farge}1a; }}\n'
        f'[data-md-color-scheme="default"] {{ --md-typeset-a-color: {farge}; }}\n'
    )


def on_config(config):
    logo = config.extra.get("virksomhet", {}).get("logo")
    if logo:
        config.theme["logo"] = logo
    return config


def on_files(files, config):
    files.append(File.generated(config, STILARK, content=stilark(config.extra["virksomhet"]["primaerfarge"])))
    return files
