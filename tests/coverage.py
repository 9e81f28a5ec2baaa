"""The 'nothing is lost' invariant, for parser tests on small inputs."""


def assert_nothing_lost(text, doc):
    """Every non-space character lies in exactly one leaf block, and leaves are in order."""
    owners = [0] * len(text)
    end = 0
    for block in doc.blocks:
        for leaf in block.items if block.type == "list" else [block]:
            assert leaf.span[0] >= end, f"{leaf.id} overlaps or goes back"
            end = leaf.span[1]
            for k in range(*leaf.span):
                owners[k] += 1
    lost = [text[k] for k in range(len(text)) if not text[k].isspace() and owners[k] != 1]
    assert not lost, f"characters not in exactly one block: {''.join(lost)[:60]!r}"
