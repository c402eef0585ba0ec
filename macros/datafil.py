"""Reading the YAML an editor writes (data files, front matter): a mistake stops the build with the file,
the line and what to do, instead of a silently wrong site.

PyYAML on its own keeps the last of two equal keys (an Instagram limit of 150 became 5) and raises a bare
ValueError, with no file or line, for a date that does not exist (2026-02-30). The loader here refuses
both, with the line.
"""

from pathlib import Path

import yaml

from .feil import Innholdsfeil
from .verktoey import prosjektmappe

# The C parser where PyYAML has it: front matter is read for every page, and a library has a thousand.
_Grunn = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Laster(_Grunn):
    """Safe YAML that refuses a key written twice and a date that is not in the calendar."""


class Regelbrudd(yaml.constructor.ConstructorError):
    """Valid YAML that breaks one of the rules above; its message needs no YAML terms."""


def _mapping_uten_dubletter(laster, node):
    sett = set()
    for noekkel, _ in node.value:
        verdi = laster.construct_object(noekkel)
        try:
            hash(verdi)
        except TypeError:
            raise Regelbrudd(None, None, "en nøkkel må være tekst", noekkel.start_mark) from None
        if verdi in sett:
            raise Regelbrudd(
                None, None, f"«{verdi}» står to ganger; slett den ene (ellers gjelder bare den siste)", noekkel.start_mark
            )
        sett.add(verdi)
    return laster.construct_mapping(node, deep=True)


def _dato(laster, node):
    try:
        return laster.construct_yaml_timestamp(node)
    except ValueError:
        raise Regelbrudd(None, None, f"«{node.value}» er ingen dato som finnes i kalenderen", node.start_mark) from None


Laster.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_uten_dubletter)
Laster.add_constructor("tag:yaml.org,2002:timestamp", _dato)


def tolk(tekst, fil, linje_forskyvning=0, hva="fila"):
    """`tekst` read as YAML; raises Innholdsfeil naming `fil` and the line (counted from
    `linje_forskyvning` + 1) for anything YAML or the rules above refuse. `hva` names the YAML in the
    message («front matter»)."""
    try:
        return yaml.load(tekst, Loader=Laster)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as e:
        sted = getattr(e, "problem_mark", None)
        linje = f"linje {sted.line + 1 + linje_forskyvning}" if sted else ""
        if isinstance(e, Regelbrudd):
            raise Innholdsfeil(fil, f"{linje}: {e.problem}") from None
        problem = getattr(e, "problem", None) or str(e)
        raise Innholdsfeil(
            fil,
            f"{hva} er ikke gyldig YAML på {linje or 'et sted'}: sjekk at anførselstegn og klammer er lukket, og at "
            f"tekst med kolon eller # står i anførselstegn (YAML sier: {problem})",
        ) from None


def visningssti(fil, conf):
    """The file as the reader of an error knows it: relative to the project (the folder of mkdocs.yml)."""
    try:
        return Path(fil).resolve().relative_to(prosjektmappe(conf)).as_posix()
    except ValueError:
        return str(fil)


def les(fil, conf):
    """The YAML file `fil`, checked as above; raises Innholdsfeil naming it as the project does."""
    vist = visningssti(fil, conf)
    try:
        tekst = Path(fil).read_text(encoding="utf-8")
    except OSError as e:
        raise Innholdsfeil(vist, f"kan ikke leses ({e.strerror})") from None
    return tolk(tekst, vist)
