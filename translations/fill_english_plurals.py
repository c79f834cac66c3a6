#!/usr/bin/env python3
"""Fills the English plural forms of translations/coffre_en.ts after `lupdate -pluralonly`.

English is the source language, so only messages with %n need a "translation": their
singular and plural forms. Sources follow the "(s)" convention ("%n file(s) skipped"):
the singular drops "(s)", the plural keeps the "s". A source without "(s)" ("%n min",
"%n kept") is the same in both forms. Messages already filled are left alone, so a form
fixed by hand stays fixed. Prints what it filled.
"""
import sys
import xml.etree.ElementTree as ET


def forms(source):
    return source.replace("(s)", ""), source.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        existing = [f.text for f in translation.findall("numerusform")]
        if translation.get("type") != "unfinished" and all(existing):
            continue
        for f in list(translation):
            translation.remove(f)
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
        print("filled:", message.find("source").text)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")
    print(f"{filled} message(s) filled in {path}")


if __name__ == "__main__":
    main(sys.argv[1])
