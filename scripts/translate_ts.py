#!/usr/bin/env python3
"""Fill Qt Linguist .ts files from translations/<lang>.dict.json, or check them.

Usage:
  translate_ts.py translations/aimc_zh_CN.ts translations/aimc_es.ts
      fill every <message> from the dictionary beside the .ts file and rewrite it;
      print the source strings still missing (exit status 0).
  translate_ts.py --check [--lupdate EXE --scan PATH... --workdir DIR] TS...
      change nothing; exit status 1 if a message is unfinished, empty, inconsistent with
      its source (placeholders, tags, units...), differs from the dictionary, or (with
      --lupdate) if lupdate finds a string in PATH... that the .ts file lacks.

The dictionary is a JSON object: source text -> translation. A plural message (%n) takes
a list with one entry per plural form (zh_CN 1, es 2). Only the Python standard library
is used. The .ts text is edited in place message by message, so that the file stays
byte-identical to what lupdate writes and update_translations gives no spurious diffs.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

# Plural forms per language (Qt's numerus rules, qtbase/src/corelib/kernel/qtranslator).
PLURAL_FORMS = {"zh": 1, "es": 2, "en": 2}
# Same option as LUPDATE_OPTIONS in app/gui/CMakeLists.txt (the parameter table marks its
# labels with AIMC_TR_NOOP, core/params/param_table.h).
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=AIMC_TR_NOOP",
                   "-no-obsolete", "-locations", "none", "-extensions", "cpp,h"]

MESSAGE_RE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
TRANSLATION_RE = re.compile(r"<translation(?: [^>]*)?(?:/>|>.*?</translation>)", re.S)

# Tokens that must survive translation unchanged.
PLACEHOLDER_RE = re.compile(r"%L?\d+|%n|%[vmp](?![A-Za-z])")  # %v %m %p: QProgressBar
TAG_RE = re.compile(r"<[^<>]+>")
SYMBOL_RE = re.compile(
    r"[A-Za-zα-ωΑ-Ω]+_[A-Za-z0-9]+"              # σ_w, R_P, G_AP, V_dd, I_cell, t_ref
    r"|(?<![A-Za-z0-9_])[a-z]?[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*"  # TMR0, eCD, MgO, AiMC
)
UNIT_RE = re.compile(r"(?<![A-Za-z])(?:nm|fJ|pJ|fF|MHz|ns|µs|ms|mm|µm|mV|[kMG]?Ω|nS|µS|dpi|pt|op|MAC)(?![A-Za-z])")
MATH_CHARS = "σμΔλ∝×÷±−≤≥→…²"
NUMBER_RE = re.compile(r"(?<![A-Za-z0-9_%.])\d+(?:\.\d+)?")
SHORTCUT_RE = re.compile(r"^(?:Ctrl|Alt|Shift|Meta)\+")
# Shouted English words, not symbols: these are translated.
NOT_SYMBOLS = {"INFEASIBLE"}
# Trailing punctuation that a translation must keep; full-width forms count as the same.
TRAILING = {"…": "…", ":": ":：", ".": ".。", "?": "?？", "!": "!！"}


def escape(text):
    """Escape like lupdate (Qt's TS writer): entities for & < > " ' and control characters."""
    out = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               .replace('"', "&quot;").replace("'", "&apos;"))
    return "".join(c if c in "\n\t" or ord(c) >= 0x20 else "&#x%x;" % ord(c) for c in out)


def language_of(ts_text, path):
    m = re.search(r'<TS [^>]*language="([^"]+)"', ts_text)
    if m:
        return m.group(1)
    m = re.search(r"_([a-z]{2}(?:_[A-Z]{2})?)\.ts$", str(path))
    if not m:
        sys.exit(f"{path}: no language attribute and no _<lang>.ts suffix")
    return m.group(1)


def dict_path_for(ts_path, lang):
    folder = Path(ts_path).parent
    for name in (lang, lang.split("_")[0]):
        candidate = folder / f"{name}.dict.json"
        if candidate.exists():
            return candidate
    return folder / f"{lang}.dict.json"


def load_dict(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        sys.exit(f"{path}: dictionary not found")
    except json.JSONDecodeError as e:
        sys.exit(f"{path}: invalid JSON: {e}")
    if not isinstance(data, dict):
        sys.exit(f"{path}: must hold a JSON object (source text -> translation)")
    for key, value in data.items():
        ok = isinstance(value, str) or (isinstance(value, list) and value
                                        and all(isinstance(v, str) for v in value))
        if not ok:
            sys.exit(f"{path}: entry {key!r} must be a string or a list of strings")
    return data


def without_accels(text):
    return text.replace("&&", "")


def symbols(text):
    """Symbols and acronyms of a text; a plural s (DACs, MACs) does not count."""
    found = (re.sub(r"(?<=[A-Z])s$", "", t) for t in SYMBOL_RE.findall(text))
    return [t for t in found if t not in NOT_SYMBOLS]


def token_problems(source, translation):
    """Ways a translation differs from its source in what must not be translated."""
    problems = []
    if SHORTCUT_RE.match(source):
        return [] if translation == source else ["keyboard shortcut must stay " + source]

    def compare(name, extract):
        a, b = Counter(extract(source)), Counter(extract(translation))
        if a != b:
            lost, added = sorted((a - b).elements()), sorted((b - a).elements())
            problems.append(f"{name} differ (missing {lost}, extra {added})")

    plain_s, plain_t = TAG_RE.sub(" ", source), TAG_RE.sub(" ", translation)
    compare("placeholders", PLACEHOLDER_RE.findall)
    compare("HTML tags", TAG_RE.findall)
    compare("accelerators", lambda s: re.findall(r"&(?=\S)", without_accels(s)))
    compare("line breaks", lambda s: re.findall("\n", s))
    compare("math symbols", lambda s: [c for c in s if c in MATH_CHARS])
    compare("numbers", lambda s: NUMBER_RE.findall(PLACEHOLDER_RE.sub(" ", TAG_RE.sub(" ", s))))
    symbols_s, symbols_t = Counter(symbols(plain_s)), Counter(symbols(plain_t))
    missing = sorted((symbols_s - symbols_t).elements())
    if missing:
        problems.append(f"symbols missing {missing}")
    units_s, units_t = Counter(UNIT_RE.findall(plain_s)), Counter(UNIT_RE.findall(plain_t))
    if units_s - units_t:
        problems.append(f"units missing {sorted((units_s - units_t).elements())}")
    lead = lambda s: s[: len(s) - len(s.lstrip())]
    trail = lambda s: s[len(s.rstrip()):]
    if lead(source) != lead(translation) or trail(source) != trail(translation):
        problems.append("leading or trailing white space differs")
    end_s, end_t = source.rstrip()[-1:], translation.rstrip()[-1:]
    for mark, allowed in TRAILING.items():
        if (end_s == mark) != (end_t != "" and end_t in allowed):
            problems.append(f"trailing punctuation differs ({end_s!r} vs {end_t!r})")
            break
    return problems


class Message:
    """One <message> of a .ts file, parsed from its text."""

    def __init__(self, context, head, body):
        self.context = context
        self.numerus = 'numerus="yes"' in head
        src = re.search(r"<source>(.*?)</source>", body, re.S)
        self.source = html.unescape(src.group(1)) if src else ""
        com = re.search(r"<comment>(.*?)</comment>", body, re.S)
        self.comment = html.unescape(com.group(1)) if com else ""
        tr = TRANSLATION_RE.search(body)
        self.translation_xml = tr.group(0) if tr else ""
        self.kind = ""
        m = re.match(r'<translation[^>]*type="([^"]+)"', self.translation_xml)
        if m:
            self.kind = m.group(1)
        forms = re.findall(r"<numerusform[^>]*>(.*?)</numerusform>", self.translation_xml, re.S)
        if self.numerus:
            self.forms = [html.unescape(f) for f in forms]
        else:
            inner = re.match(r"<translation[^>]*>(.*?)</translation>", self.translation_xml, re.S)
            self.forms = [html.unescape(inner.group(1))] if inner else [""]

    def key(self):
        return (self.context, self.source, self.comment, self.numerus)

    def finished(self):
        return self.kind == "" and all(f.strip() for f in self.forms) and self.forms


def translation_xml(forms, numerus):
    if not numerus:
        return f"<translation>{escape(forms[0])}</translation>"
    inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
    return f"<translation>{inner}\n        </translation>"


def messages_of(ts_text):
    """(context, message span, Message) for every message, in file order."""
    for ctx in CONTEXT_RE.finditer(ts_text):
        name = html.unescape(ctx.group(1))
        base = ctx.start(2)
        for m in MESSAGE_RE.finditer(ctx.group(2)):
            yield (base + m.start(), base + m.end()), Message(name, m.group(1), m.group(2))


def forms_for(entry, numerus, n_forms):
    """The list of forms to write, or an error string."""
    if not numerus:
        return [entry] if isinstance(entry, str) else "a non-plural message needs a string"
    forms = [entry] * n_forms if isinstance(entry, str) and n_forms == 1 else entry
    if not isinstance(forms, list) or len(forms) != n_forms:
        return f"a plural message needs a list of {n_forms} form(s)"
    if any("%n" not in f for f in forms):
        return "every plural form must contain %n"
    return forms


def resolve(entry, msg, n_forms):
    """(forms, error): the forms a dictionary entry gives for a message, or why it cannot."""
    if entry is None:
        return None, ""
    forms = forms_for(entry, msg.numerus, n_forms)
    if isinstance(forms, str):
        return None, forms
    issues = [p for f in forms for p in token_problems(msg.source, f)]
    if issues:
        return None, "; ".join(dict.fromkeys(issues))
    return forms, ""


def process(ts_path, check):
    """Fill (or with check, only check) one .ts file. Returns the number of problems."""
    text = Path(ts_path).read_text(encoding="utf-8")
    lang = language_of(text, ts_path)
    n_forms = PLURAL_FORMS.get(lang.split("_")[0], 2)
    dpath = dict_path_for(ts_path, lang)
    table = load_dict(dpath)
    missing, bad, stale = [], [], []
    pieces, last, total = [], 0, 0
    for (start, end), msg in messages_of(text):
        if msg.kind in ("vanished", "obsolete"):
            continue
        total += 1
        forms, error = resolve(table.get(msg.source), msg, n_forms)
        if error:
            bad.append((msg, error))
        if check:
            ts_issues = [p for f in msg.forms for p in token_problems(msg.source, f)]
            if not msg.finished() and forms:
                stale.append(msg)  # the dictionary has it, but it was not applied
            elif not msg.finished() and not error:
                missing.append(msg)
            elif msg.finished() and ts_issues:
                bad.append((msg, "in the .ts: " + "; ".join(dict.fromkeys(ts_issues))))
            elif msg.finished() and forms and forms != msg.forms:
                stale.append(msg)
        elif forms:
            block = text[start:end].replace(msg.translation_xml,
                                            translation_xml(forms, msg.numerus), 1)
            pieces += [text[last:start], block]
            last = end
        elif not error and not msg.finished():
            missing.append(msg)
    if not check:
        new_text = "".join(pieces) + text[last:]
        try:
            ET.fromstring(new_text.encode("utf-8"))
        except ET.ParseError as e:  # never write a broken file
            sys.exit(f"{ts_path}: result would not be valid XML ({e}); file left unchanged")
        if new_text != text:
            Path(ts_path).write_text(new_text, encoding="utf-8")

    print(f"{ts_path}: {total} messages, {total - len(missing) - len(bad) - len(stale)} "
          f"translated ({lang}, dictionary {dpath.name})")
    for msg in missing:
        print(f"  MISSING [{msg.context}] {msg.source!r}")
    for msg, why in bad:
        print(f"  INCONSISTENT [{msg.context}] {msg.source!r}: {why}")
    for msg in stale:
        print(f"  OUT OF DATE [{msg.context}] {msg.source!r}: the .ts differs from "
              f"{dpath.name}; run scripts/translate_ts.py {ts_path}")
    unused = set(table) - {m.source for _, m in messages_of(text)}
    if unused:
        print(f"  note: {len(unused)} dictionary entries not used in {ts_path}")
    return len(missing) + len(bad) + len(stale)


def lupdate_keys(lupdate, scan, workdir):
    """Source strings lupdate finds now in the scanned sources."""
    os.makedirs(workdir, exist_ok=True)
    out = Path(workdir) / "sources_now.ts"
    if out.exists():
        out.unlink()  # else lupdate merges into the old file
    cmd = [lupdate, *LUPDATE_OPTIONS, *scan, "-ts", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0 or not out.exists():
        sys.exit(f"lupdate failed ({' '.join(cmd)}):\n{run.stdout}{run.stderr}")
    return {m.key() for _, m in messages_of(out.read_text(encoding="utf-8"))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ts", nargs="+", help=".ts files (dictionary: <lang>.dict.json beside each)")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 on any problem")
    ap.add_argument("--lupdate", help="lupdate executable: also check the .ts files hold every "
                    "string found in --scan")
    ap.add_argument("--scan", nargs="+", default=[], help="source files or folders for lupdate")
    ap.add_argument("--workdir", default=".", help="folder for lupdate's temporary .ts")
    args = ap.parse_args()
    if args.lupdate and not args.scan:
        ap.error("--lupdate needs --scan")

    problems = sum(process(ts, args.check) for ts in args.ts)
    if args.lupdate:
        now = lupdate_keys(args.lupdate, args.scan, args.workdir)
        print(f"lupdate: {len(now)} source strings in {' '.join(args.scan)}")
        for ts in args.ts:
            have = {m.key() for _, m in messages_of(Path(ts).read_text(encoding="utf-8"))}
            for ctx, src, _, _ in sorted(now - have):
                print(f"  NOT IN {ts} [{ctx}] {src!r}: run the update_translations target")
                problems += 1
            if have - now:
                print(f"  note: {len(have - now)} entries of {ts} no longer in the sources")
    if args.check and problems:
        print(f"{problems} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
