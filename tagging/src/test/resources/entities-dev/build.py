#!/usr/bin/env python3
"""Turn the inline-annotated source documents into the scorer's two files.

Input:  source/*.txt, read in sorted order. One sentence a line; a blank line
        ends a document; lines starting with "#" are comments. Names are
        written in brackets with their type: "[PER Ana Souza] met [ORG Kestrel
        Mining] in [LOC Lima]." Types: PER, ORG, LOC, MISC.
Output: entities-dev.conll  CoNLL-2003 columns (token, two "_" columns, IOB2
                            tag), one "-DOCSTART-" line per document
        text.jsonl          {"id","text"} per document: the tokens joined the
                            way the shared NER scorer renders a CoNLL file
                            (its default "detok" rendering), so predicted
                            character offsets into "text" can be scored with
                            score.py --gold entities-dev.conll.
Documents are numbered testb-001, testb-002, ... because the shared scorer
names documents by position with that prefix.

  python3 build.py           # rebuild both files and print counts
  python3 build.py --check   # also fail if the committed files differ
Python 3 standard library only.
"""

import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("PER", "ORG", "LOC", "MISC")

# Abbreviations that keep their period (a final period of other words is a token).
ABBREVIATIONS = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Gen.", "Lt.", "Col.", "Co.", "Inc.", "Corp.", "Ltd.",
    "No.", "vs.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Gov.", "Sen.", "Rep.", "Prof.",
    "Mt.", "Capt.", "Sgt.", "Bros.", "a.m.", "p.m.", "v.", "Cmdr.", "Adm.",
}
CLITIC = re.compile(r"(?<=\w)('s|'S|n't|'re|'ve|'ll|'d|'m)\b")
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"                      # U.S., U.N., a.m.
    r"|\.\.\."
    r"|'s|'S|n't|'re|'ve|'ll|'d|'m"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])"           # 1,000 and 51,660.5 stay one token
    r"|\w+(?:[-'&/.+]\w+)*\+?"            # words, numbers, hyphenated words, 25.76, 2-1, AT&T
    r"|[^\s\w]"                                # any other mark alone
)
ENTITY = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+?)\]")

# The shared scorer's default rendering (see its header): no space before
# these tokens, none after those; a '"' token alternately opens and closes.
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "...",
                   "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def tokenize(chunk):
    out = []
    for word in CLITIC.sub(r" \1", chunk).split():
        if word in ABBREVIATIONS:
            out.append(word)
            continue
        toks = TOKEN.findall(word)
        if "".join(toks) != word:
            raise ValueError("cannot tokenize %r" % word)
        # "Inc." etc. at the end of a longer chunk were split from their period: rejoin.
        merged = []
        for t in toks:
            if t == "." and merged and merged[-1] + "." in ABBREVIATIONS:
                merged[-1] += "."
            else:
                merged.append(t)
        out.extend(merged)
    return out


def parse_line(line, where):
    """-> list of (token, tag) with IOB2 tags."""
    pairs = []
    pos = 0
    for m in ENTITY.finditer(line):
        for t in tokenize(line[pos:m.start()]):
            pairs.append((t, "O"))
        toks = tokenize(m.group(2))
        if not toks:
            raise ValueError("%s: empty entity" % where)
        for i, t in enumerate(toks):
            pairs.append((t, ("B-" if i == 0 else "I-") + m.group(1)))
        pos = m.end()
    glued = re.search(r"\]([-\w]|'(?!s\b))|[-\w]\[", line)
    if glued:
        # a name glued to a word ("[LOC Oslo]-based") would not be a token of its own
        raise ValueError("%s: bracket glued to a word: %s" % (where, glued.group(0)))
    rest = line[pos:]
    if "[" in rest or "]" in rest or any("[" in t or "]" in t for t, _ in pairs):
        raise ValueError("%s: unbalanced or unknown bracket: %s" % (where, line))
    for t in tokenize(rest):
        pairs.append((t, "O"))
    return pairs


def read_documents():
    docs = []
    for path in sorted(glob.glob(os.path.join(HERE, "source", "*.txt"))):
        cur = []
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.strip()
                if line.startswith("#"):
                    continue
                if not line:
                    if cur:
                        docs.append(cur)
                        cur = []
                    continue
                cur.append(parse_line(line, "%s:%d" % (os.path.basename(path), n)))
        if cur:
            docs.append(cur)
    return docs


def render(sentences):
    parts = []
    quote_open = False
    for si, sent in enumerate(sentences):
        if si:
            parts.append("\n")
        no_space_next = True
        for tok, _ in sent:
            space = not no_space_next
            no_space_next = False
            if tok == '"':
                if quote_open:
                    space = False
                else:
                    no_space_next = True
                quote_open = not quote_open
            elif tok.lower() in NO_SPACE_BEFORE:
                space = False
            if tok in NO_SPACE_AFTER:
                no_space_next = True
            if space:
                parts.append(" ")
            parts.append(tok)
    if quote_open:
        raise ValueError("unbalanced quotes in document starting %r" % parts[:6])
    return "".join(parts)


def main():
    docs = read_documents()
    conll, jsonl = [], []
    entities, tokens, sentences = Counter(), 0, 0
    for i, doc in enumerate(docs, 1):
        doc_id = "testb-%03d" % i
        conll.append("-DOCSTART- _ _ O\n\n")
        for sent in doc:
            sentences += 1
            for tok, tag in sent:
                tokens += 1
                conll.append("%s _ _ %s\n" % (tok, tag))
                if tag.startswith("B-"):
                    entities[tag[2:]] += 1
            conll.append("\n")
        jsonl.append(json.dumps({"id": doc_id, "text": render(doc)}, ensure_ascii=False) + "\n")
    outputs = {"entities-dev.conll": "".join(conll), "text.jsonl": "".join(jsonl)}
    if "--check" in sys.argv:
        for name, content in outputs.items():
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                if fh.read() != content:
                    sys.exit("%s is out of date: run build.py" % name)
    else:
        for name, content in outputs.items():
            with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
    print("documents=%d sentences=%d tokens=%d entities=%d %s" % (
        len(docs), sentences, tokens, sum(entities.values()),
        " ".join("%s=%d" % (t, entities[t]) for t in TYPES)))


if __name__ == "__main__":
    main()
