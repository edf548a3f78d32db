"""The process libFuzzer runs in (``run.run_atheris``): ``python -m fuzz.atheris_child TARGET [libFuzzer args]``;
khronika's modules are instrumented for coverage."""
import sys

import atheris

with atheris.instrument_imports(include=["khronika"]):
    from fuzz.targets import TARGETS


def main() -> None:
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
