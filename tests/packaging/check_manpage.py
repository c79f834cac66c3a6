#!/usr/bin/env python3
"""Checks the man page against the real binary.

Every command listed by `coffre --help`, every option and argument of each command's
`--help`, every environment variable of the general help, every exit status of
app/cli/ExitCode.h and the default file locations of `coffre paths` must appear in the
rendered page, and groff must render it without a warning.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def run(args, env):
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def section(text, title):
    """The indented lines after `title` up to the next blank line."""
    lines = text.splitlines()
    start = lines.index(title) + 1
    out = []
    for line in lines[start:]:
        if not line.strip():
            break
        out.append(line)
    return out


def render(man_path):
    """The page as plain text on very long lines, so that nothing is hyphenated; and the
    warnings groff gave."""
    result = subprocess.run(
        ["groff", "-man", "-Tascii", "-ww", "-rLL=3000n", "-P-cbou", man_path],
        capture_output=True, text=True, check=False)
    return result.stdout, result.stderr.strip(), result.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coffre", required=True)
    parser.add_argument("--man", required=True)
    parser.add_argument("--exit-codes", required=True)
    args = parser.parse_args()

    problems = []
    page, warnings, rc = render(args.man)
    if rc != 0 or warnings:
        problems.append(f"groff: exit {rc}: {warnings}")
    flat = re.sub(r"[ \t]+", " ", page)

    home = tempfile.mkdtemp(prefix="coffre-man-")
    try:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("LC_", "LANG", "XDG_", "COFFRE_"))}
        env.update(LC_ALL="C.UTF-8", HOME=home)
        general = run([args.coffre, "--help"], env)

        commands = []
        for line in section(general, "Commands:"):
            name = re.split(r"\s{2,}", line.strip())[0]
            commands.append(name)
        if len(commands) < 10:
            problems.append(f"only {len(commands)} commands parsed from --help: {commands}")

        checked = 0
        for command in commands:
            # An entry of the COMMANDS section starts a line with the command's words.
            if not re.search(r"^\s+" + re.escape(command) + r"(\s|$)", page, re.M):
                problems.append(f"command '{command}' has no entry in the man page")
            text = run([args.coffre, *command.split(), "--help"], env)
            # QCommandLineParser lists options as "  -h, --help   Text" or "  --to <dir>   Text".
            for option in re.findall(r"^  (?:-\w, )?(--[a-z][a-z0-9-]*)", text, re.M):
                checked += 1
                if option not in flat:
                    problems.append(f"option {option} of '{command}' is not in the man page")
            if "Arguments:" in text.splitlines():
                for line in section(text, "Arguments:"):
                    if not re.match(r"^  \S", line):
                        continue  # a wrapped description
                    argument = line.split()[0]
                    checked += 1
                    if argument not in flat:
                        problems.append(f"argument {argument} of '{command}' is not in the man page")

        for line in section(general, "Global options:") + section(general, "Environment:"):
            for word in re.findall(r"(--[a-z][a-z0-9-]*|\b[A-Z][A-Z0-9_]{3,}\b)", line.split("  ")[1]):
                checked += 1
                if word not in flat:
                    problems.append(f"{word} (general help) is not in the man page")

        with open(args.exit_codes, encoding="utf-8") as f:
            codes = re.findall(r"constexpr int \w+ = (\d+);", f.read())
        exit_section = page.split("EXIT STATUS", 1)[-1].split("EXAMPLES", 1)[0]
        for code in codes:
            checked += 1
            if not re.search(r"^\s+" + code + r"\s", exit_section, re.M):
                problems.append(f"exit status {code} is not under EXIT STATUS")

        paths = run([args.coffre, "paths"], env)
        for line in paths.splitlines():
            where = line.split(None, 1)[1].replace(home, "~")
            checked += 1
            if where not in flat:
                problems.append(f"'{where}' (coffre paths) is not under FILES")
    finally:
        shutil.rmtree(home, ignore_errors=True)

    if shutil.which("man"):
        result = subprocess.run(["man", "-l", args.man], capture_output=True, text=True,
                                env={**os.environ, "MANPAGER": "cat", "MANWIDTH": "80"}, check=False)
        if result.returncode != 0 or "COFFRE(1)" not in result.stdout:
            problems.append(f"man -l failed: {result.stderr.strip()}")

    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(commands)} commands, {checked} options/arguments/variables/codes/paths checked")
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
