"""The suggested disclaimer (ansvarsbegrensning) and its generator.

`{{ forslag_til_tekst() }}` shows the suggestion as the source words it, placeholders and all.
`{{ tekstgenerator() }}` shows the form that fills in the same text (ansvarsbegrensning.js), pre-filled from
extra.virksomhet, with the text for those settings already in place for readers without JavaScript.
Both read tekst.yml, and the generator gets that same data as JSON in an attribute (data-mal): the
static text and the generated text cannot drift apart. Not in a <script type="application/json">:
Material's instant navigation re-creates every inline script of the new page as a plain script,
without its type, and runs the JSON as JavaScript.
"""

import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlparse

from markupsafe import Markup, escape

from macros import datafil
from macros.feil import Innholdsfeil
from macros.genitiv import avsender as avsender_
from macros.verktoey import gjengi, prosjektmappe, verktoey

MAPPE = Path(__file__).resolve().parent
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PLASSHOLDER = re.compile(r"\{([^{}]*)\}")
# Placeholders the generator fills in; the short version may also use the address of the whole text.
FELT = ("denne", "kanalen", "virksomheten", "avsender", "kontakt", "betjent")
KORTFELT = FELT + ("adresse",)
# What the short version can drop besides its sentences: the contact channels inside {kontakt}.
KANALER = ("epost", "telefon")
# Paragraphs the reader cannot leave out: no case handling here, no sensitive information, the right to delete.
KJERNE = ("enkeltsaker", "personopplysninger", "sletting")
# Longest value each form field takes (maxlength, and the cap on values read from a shared link).
# Only the pages that show the generator load its stylesheet and script (macros/verktoey.py).
SKRIPT = "verktoey/ansvarsbegrensning/ansvarsbegrensning.js"
MAKS = {"navn": 120, "annen": 60, "avdeling": 80, "bestemt": 80, "epost": 254, "telefon": 20, "betjent": 60, "adresse": 300}


def tall(n):
    """12345 -> "12 345" with a no-break space, as ansvarsbegrensning.js writes numbers."""
    return f"{n:,}".replace(",", "\u00a0")


def denne(kanal):
    """«Denne Facebook-siden», «Dette nettstedet», «Disse Facebook-sidene»: a definite neuter noun ends in
    -et, a definite plural in -ene (ansvarsbegrensning.js has the same rule)."""
    kanal = kanal.strip().lower()
    return "Disse" if kanal.endswith("ene") else "Dette" if kanal.endswith("et") else "Denne"


def fyll(mal, verdier, tomme):
    """`mal` with every {placeholder} replaced by its value, or by tomme[placeholder] when it is empty."""
    return PLASSHOLDER.sub(lambda m: verdier.get(m[1]) or tomme[m[1]], mal)


def avsnitt(tekst, verdier=None, uten=()):
    """The paragraphs of the text, filled in with `verdier` (the source's placeholders where empty)."""
    verdier = verdier or {}
    ut = []
    for a in tekst["avsnitt"]:
        deler = [fyll(d["tekst"], verdier, tekst["plassholdere"]) for d in a["deler"] if d.get("id") not in uten]
        if deler:
            ut.append(" ".join(deler))
    return ut


# E-mail and web addresses, and where one may break: after «@» and «/», before «.» (ansvarsbegrensning.js,
# medBrudd, draws the text with JavaScript by the same rule). Without it a phone breaks an address anywhere.
ADRESSE = re.compile(r"(\S+@\S+|https?://\S+)")
BRUDD = re.compile(r"(?<=[@/])|(?=\.)")


def med_brudd(tekst):
    """`tekst` as escaped HTML with <wbr> where an address may break; <wbr> adds no text."""
    return Markup("").join(
        Markup("<wbr>").join(b for b in BRUDD.split(del_) if b) if re.search("@|://", del_) else escape(del_)
        for del_ in ADRESSE.split(tekst)
    )


def verdier_fra(innstillinger, kanal):
    """The placeholder values for the agency settings and a channel (definite form)."""
    navn = innstillinger["navn"].strip()
    kontakt = [v.strip() for v in (innstillinger["epost"], innstillinger["telefon"]) if v.strip()]
    return {
        "denne": denne(kanal),
        "kanalen": kanal,
        "virksomheten": navn,
        "avsender": avsender_(navn, innstillinger["kommunikasjonsavdeling"], innstillinger.get("kommunikasjonsavdeling_bestemt") or ""),
        "kontakt": " eller ".join(kontakt),
        "betjent": innstillinger["betjent"].strip(),
    }


# ---- reading and checking the data files -------------------------------------------------------


def les_yaml(fil, navn):
    try:
        tekst = fil.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Innholdsfeil(navn, "fila mangler") from None
    data = datafil.tolk(tekst, navn)
    if not isinstance(data, dict):
        raise Innholdsfeil(navn, "skal inneholde nøkler (avsnitt, plassholdere, …), ikke en liste eller en verdi")
    return data


def tekstfelt(verdi, fil, hvor):
    if not isinstance(verdi, str) or not verdi.strip():
        raise Innholdsfeil(fil, f"{hvor} mangler eller er ikke tekst")
    return verdi.strip()


def sjekk_plassholdere(mal, lov, fil, hvor):
    for navn in PLASSHOLDER.findall(mal):
        if navn not in lov:
            raise Innholdsfeil(fil, f"{hvor}: ukjent plassholder {{{navn}}} (kjente: {', '.join(lov)})")
    if mal.count("{") != mal.count("}"):
        raise Innholdsfeil(fil, f"{hvor}: en krøllparentes er ikke lukket")


def unik_id(verdi, sett, fil, hvor):
    if not isinstance(verdi, str) or not ID.match(verdi):
        raise Innholdsfeil(fil, f"{hvor}: id mangler eller er ikke små bokstaver, tall og bindestrek: {verdi!r}")
    if verdi in sett:
        raise Innholdsfeil(fil, f"{hvor}: id-en «{verdi}» er brukt før")
    sett.add(verdi)
    return verdi


def les_tekst(fil, navn):
    data = les_yaml(fil, navn)
    plassholdere = data.get("plassholdere")
    if not isinstance(plassholdere, dict) or set(plassholdere) != set(FELT):
        raise Innholdsfeil(navn, f"plassholdere skal ha nøyaktig disse nøklene: {', '.join(FELT)}")
    plassholdere = {k: tekstfelt(v, navn, f"plassholdere.{k}") for k, v in plassholdere.items()}
    liste = data.get("avsnitt")
    if not isinstance(liste, list) or not liste:
        raise Innholdsfeil(navn, "avsnitt mangler eller er tom")
    ider, avsnitt_ = set(), []
    for i, a in enumerate(liste, 1):
        hvor = f"avsnitt nr. {i}"
        if not isinstance(a, dict):
            raise Innholdsfeil(navn, f"{hvor} skal ha id og deler")
        aid = unik_id(a.get("id"), ider, navn, hvor)
        deler = a.get("deler")
        if not isinstance(deler, list) or not deler:
            raise Innholdsfeil(navn, f"avsnittet «{aid}»: deler mangler eller er tom")
        ut = []
        for j, d in enumerate(deler, 1):
            hvor = f"avsnittet «{aid}», del nr. {j}"
            if not isinstance(d, dict):
                raise Innholdsfeil(navn, f"{hvor} skal ha tekst")
            tekst = tekstfelt(d.get("tekst"), navn, f"{hvor}: tekst")
            sjekk_plassholdere(tekst, FELT, navn, hvor)
            del_ = {"tekst": tekst}
            if "valg" in d:
                del_["id"] = unik_id(d.get("id"), ider, navn, hvor)
                del_["valg"] = tekstfelt(d["valg"], navn, f"{hvor}: valg")
            ut.append(del_)
        avsnitt_.append({"id": aid, "deler": ut})
    for kjerne in KJERNE:
        treff = [a for a in avsnitt_ if a["id"] == kjerne]
        if not treff or any("valg" in d for d in treff[0]["deler"]):
            raise Innholdsfeil(navn, f"avsnittet «{kjerne}» skal alltid stå med: det må finnes og kan ikke ha «valg»")
    return {"avsnitt": avsnitt_, "plassholdere": plassholdere, "kortversjon": les_kortversjon(data.get("kortversjon"), navn)}


def les_kortversjon(kort, navn):
    """The short version: its sentences (id, text) and the order in which parts are dropped to fit."""
    if not isinstance(kort, dict) or not isinstance(kort.get("setninger"), list) or not kort["setninger"]:
        raise Innholdsfeil(navn, "kortversjon mangler, eller kortversjon.setninger er tom")
    ider, setninger = set(), []
    for i, s in enumerate(kort["setninger"], 1):
        hvor = f"kortversjon, setning nr. {i}"
        if not isinstance(s, dict):
            raise Innholdsfeil(navn, f"{hvor} skal ha id og tekst")
        sid = unik_id(s.get("id"), ider, navn, hvor)
        tekst = tekstfelt(s.get("tekst"), navn, f"{hvor}: tekst")
        sjekk_plassholdere(tekst, KORTFELT, navn, hvor)
        setninger.append({"id": sid, "tekst": tekst})
    bort = kort.get("bort")
    kjente = [*ider, *KANALER]
    if not isinstance(bort, list) or not bort or any(b not in kjente for b in bort) or len(set(bort)) != len(bort):
        raise Innholdsfeil(navn, f"kortversjon.bort skal liste delene som kan tas bort, hver én gang (kjente: {', '.join(kjente)}), ikke {bort!r}")
    return {"setninger": setninger, "bort": bort}


def les_plattformer(fil, navn):
    data = les_yaml(fil, navn)
    liste = data.get("plattformer")
    if not isinstance(liste, list) or not liste:
        raise Innholdsfeil(navn, "plattformer mangler eller er tom")
    ider, ut = {"annet"}, []
    for i, p in enumerate(liste, 1):
        if not isinstance(p, dict):
            raise Innholdsfeil(navn, f"plattform nr. {i} skal ha id, navn, kanal, felt, grense …")
        pid = unik_id(p.get("id"), ider, navn, f"plattform nr. {i}")
        hvor = f"plattformen «{pid}»"
        grense = p.get("grense")
        if not isinstance(grense, int) or isinstance(grense, bool) or grense < 1:
            raise Innholdsfeil(navn, f"{hvor}: grense skal være et helt tall større enn 0, ikke {grense!r}")
        dato = p.get("sist_kontrollert")
        if not isinstance(dato, datetime.date):
            raise Innholdsfeil(navn, f"{hvor}: sist_kontrollert skal være en dato på formen ÅÅÅÅ-MM-DD, ikke {dato!r}")
        bekreftet = p.get("bekreftet")
        if not isinstance(bekreftet, bool):
            raise Innholdsfeil(navn, f"{hvor}: bekreftet skal være true eller false")
        verter = p.get("verter")
        if not isinstance(verter, list) or not verter or not all(isinstance(v, str) and "." in v for v in verter):
            raise Innholdsfeil(navn, f"{hvor}: verter skal være en liste med plattformens egne nettsteder, f.eks. [facebook.com, meta.com]")
        kilde = p.get("kilde")
        if kilde is not None and not bekreftet:
            raise Innholdsfeil(navn, f"{hvor}: kilde hører bare til en bekreftet grense; skriv hvor tallet kommer fra i merknad")
        if bekreftet:
            adresse = urlparse(kilde if isinstance(kilde, str) else "")
            if adresse.scheme != "https" or not adresse.netloc:
                raise Innholdsfeil(navn, f"{hvor}: kilde skal være en https-adresse, ikke {kilde!r}")
            # Only the platform's own help or developer pages count: blogs and counters are not sources.
            vert = adresse.hostname or ""
            if not any(vert == v or vert.endswith("." + v) for v in verter):
                raise Innholdsfeil(
                    navn,
                    f"{hvor}: kilden {vert} er ikke plattformens egen side ({', '.join(verter)}). Bruk plattformens "
                    "hjelpe- eller utviklersider, eller sett bekreftet: false og forklar i merknad",
                )
        merknad = p.get("merknad")
        if merknad is not None or not bekreftet:
            merknad = tekstfelt(merknad, navn, f"{hvor}: merknad (påkrevd når bekreftet er false)")
        ut.append({
            "id": pid,
            "navn": tekstfelt(p.get("navn"), navn, f"{hvor}: navn"),
            "eier": tekstfelt(p.get("eier"), navn, f"{hvor}: eier"),
            "kanal": tekstfelt(p.get("kanal"), navn, f"{hvor}: kanal"),
            "felt": tekstfelt(p.get("felt"), navn, f"{hvor}: felt"),
            "grense": grense,
            "bekreftet": bekreftet,
            "kilde": kilde,
            "vert": urlparse(kilde).netloc.removeprefix("www.") if kilde else None,
            "grense_tekst": tall(grense),
            "sist_kontrollert": dato.isoformat(),
            "kontrollert": dato,
            "merknad": merknad,
        })
    return ut


def registrer(env):
    rot = prosjektmappe(env.conf)

    def navn(fil):
        try:
            return str((MAPPE / fil).relative_to(rot))
        except ValueError:
            return str(MAPPE / fil)

    tekst = les_tekst(MAPPE / "tekst.yml", navn("tekst.yml"))
    plattformer = les_plattformer(MAPPE / "plattformer.yml", navn("plattformer.yml"))

    @env.macro
    def forslag_til_tekst():
        """The suggested text as the source words it, with its placeholders."""
        return gjengi(MAPPE, "forslag.html", avsnitt=avsnitt(tekst))

    @env.macro
    def tekstgenerator():
        """The form that fills in the suggested text, pre-filled from extra.virksomhet."""
        innstillinger = env.conf["extra"]["virksomhet"]
        standard = avsnitt(tekst, verdier_fra(innstillinger, plattformer[0]["kanal"]))
        valg = [d for a in tekst["avsnitt"] for d in a["deler"] if "valg" in d]
        data = {**tekst, "plattformer": [{k: p[k] for k in ("id", "kanal", "grense")} for p in plattformer]}
        html = gjengi(
            MAPPE,
            "ansvarsbegrensning.html",
            v=innstillinger,
            maks=MAKS,
            plattformer=plattformer,
            valg=valg,
            standard=[med_brudd(a) for a in standard],
            tegn=tall(len("\n\n".join(standard))),
            data=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        )
        return verktoey(env, html, SKRIPT)
