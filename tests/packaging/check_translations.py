#!/usr/bin/env python3
"""Checks that every user-visible string has a complete, well-formed translation.

For each .ts file given:
  1. lupdate is run over the same sources, with the same options as the build's
     update_translations target, into a copy of the file. A string added to the code shows
     up there as unfinished, a string removed from the code as vanished, and any other
     difference (context, comment, plural) as a copy that differs from the committed file.
  2. Every message of the committed file must be finished and non-empty, with the same
     %1..%99 placeholders as its source, %n in its plural forms, the number of plural
     forms the language has, and French typography (no plain space before : ; ! ?, a
     non-breaking space inside « »).

Exit status 0 when every file passes, 1 otherwise; the problems are listed one per line.
With --report, lists the untranslated strings and exits 0 (for ./dev translations).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"fr": 2}
NBSP = "\u00a0"
PLACEHOLDER = re.compile(r"%(\d{1,2})")


def messages(path):
    """Yields (context, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def label(context, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    text = f"{context}: {source!r}"
    return text + (f" ({comment})" if comment else "")


def forms(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def typography_problems(text, language):
    if language != "fr":
        return []
    problems = []
    if re.search(r" [:;!?](\s|$)", text):
        problems.append("a plain space before : ; ! or ? (use a non-breaking space)")
    if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text):
        problems.append("« » without non-breaking spaces inside")
    return problems


def check_file(ts_path, language):
    problems = []
    counts = {"total": 0, "translated": 0}
    for context, message in messages(ts_path):
        counts["total"] += 1
        where = label(context, message)
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            problems.append(f"no longer in the sources, remove it: {where}")
            continue
        texts = forms(message) if translation is not None else []
        if kind == "unfinished" or not texts or not all(t.strip() for t in texts):
            problems.append(f"untranslated: {where}")
            continue
        counts["translated"] += 1
        source = message.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes":
            if language in PLURAL_FORMS and len(texts) != PLURAL_FORMS[language]:
                problems.append(f"{len(texts)} plural forms instead of {PLURAL_FORMS[language]}: {where}")
            # A form may leave the number out ("toutes les heures"), but not all of them.
            if not any("%n" in text or "%Ln" in text for text in texts):
                problems.append(f"no plural form shows %n: {where}")
        for text in texts:
            found = set(PLACEHOLDER.findall(text))
            if found != wanted:
                problems.append(
                    f"placeholders {sorted(found)} instead of {sorted(wanted)}: {where}")
            for problem in typography_problems(text, language):
                problems.append(f"{problem}: {where} -> {text!r}")
    return problems, counts


def run_lupdate(lupdate, sources_lst, options, ts_path, work_dir):
    """Runs lupdate into a copy of ts_path; returns the copy's path."""
    copy = os.path.join(work_dir, os.path.basename(ts_path))
    shutil.copyfile(ts_path, copy)
    # Without -no-obsolete, so that removed strings show as vanished instead of silently
    # disappearing from the copy.
    opts = [o for o in options if o != "-no-obsolete"]
    subprocess.run([lupdate, "-silent", *opts, "@" + sources_lst, "-ts", copy],
                   check=True, stdout=subprocess.DEVNULL)
    return copy


def drift(ts_path, copy):
    """What lupdate would change in the committed file."""
    before = {(c, label(c, m)) for c, m in messages(ts_path)}
    problems = []
    for context, message in messages(copy):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind == "unfinished" and (context, label(context, message)) not in before:
            problems.append(f"new in the sources, not in the .ts: {label(context, message)}")
        elif kind == "vanished":
            problems.append(f"no longer in the sources: {label(context, message)}")
    if not problems:
        with open(ts_path, "rb") as a, open(copy, "rb") as b:
            if a.read() != b.read():
                problems.append("the .ts differs from what lupdate writes (run ./dev translations)")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="lupdate @list file (sources and -I paths)")
    parser.add_argument("--option", action="append", default=[], help="an lupdate option")
    parser.add_argument("--report", action="store_true", help="list what is missing, exit 0")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()

    failed = False
    with tempfile.TemporaryDirectory(prefix="coffre-ts-") as work_dir:
        for ts_path in args.ts:
            language = ET.parse(ts_path).getroot().get("language", "").split("_")[0]
            problems = []
            if not args.report:
                copy = run_lupdate(args.lupdate, args.sources, args.option, ts_path, work_dir)
                problems += drift(ts_path, copy)
            own, counts = check_file(ts_path, language)
            problems += own
            name = os.path.basename(ts_path)
            print(f"{name}: {counts['translated']}/{counts['total']} strings translated")
            for problem in problems:
                print(f"  {name}: {problem}")
            failed = failed or bool(problems)
    if failed and not args.report:
        print("Run ./dev translations to update the .ts files and list what needs translating.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
