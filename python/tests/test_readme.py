"""The Python examples of README.md's "In Python" section run as written."""

import os
import re

from conftest import REPO


def examples():
    readme = (REPO / "README.md").read_text()
    section = readme.split("\n## In Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readmes_python_examples_run(capsys):
    blocks = examples()
    assert len(blocks) == 3
    here = os.getcwd()
    os.chdir(REPO)  # the examples name data/ from the repository's root
    try:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(here)
    out = capsys.readouterr().out
    assert "RUS " in out and "('RUS', 2)" in out, out
