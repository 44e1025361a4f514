"""The `summarizer` command. Each command is a thin layer over a library function.

Heavy libraries (openai, instructor, pydantic models, trafilatura) are imported inside the commands
that need them, so `summarizer --help` starts fast. Errors print one line on stderr and exit
with 2 (bad input or usage), 1 (the model or provider failed) or 130 (interrupted).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

app = typer.Typer(
    help="Grounded, checkable structured summaries of news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

T = TypeVar("T")


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: error: {message}", err=True)
    return typer.Exit(code)


def run_guarded(action: Callable[[], T]) -> T:
    """Run `action`, turning our errors into a one-line message and an exit code."""
    from summarizer.errors import SummarizerError

    try:
        return action()
    except typer.Exit:
        raise
    except SummarizerError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        raise _fail(
            f"internal error: {type(exc).__name__}: {exc} (set SUMMARIZER_DEBUG=1)", 1
        ) from None


def _version_callback(value: bool) -> None:
    if value:
        from summarizer.version import package_version

        typer.echo(f"summarizer {package_version()}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Grounded, checkable structured summaries of news articles."""


@app.command()
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders, globs, '-' for stdin, http(s) URLs or .jsonl files."),
    ],
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            help="'offline', or provider/model: openai/gpt-4o-mini, llamacpp/NAME, ollama/NAME, "
            "compatible/NAME. Default: $SUMMARIZER_MODEL, else OpenAI if OPENAI_API_KEY is set, "
            "else offline.",
        ),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible server URL (Ollama, vLLM, llama.cpp).")
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(help="instructor mode override: tools, json, json_schema, md_json."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="json, markdown, html (a page with the quotes marked in the article) or"
            " terminal. Default: terminal on a terminal, else JSON (one object per line for"
            " several articles); with --out, from its suffix (.json, .md, .html).",
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--out", "-o", help="Write to a file, a folder (one file per article) or a .jsonl."
        ),
    ] = None,
    max_reasks: Annotated[int, typer.Option(min=0, help="Reasks for ungrounded answers.")] = 2,
    max_tokens: Annotated[int, typer.Option(min=16, help="Cap on each answer's tokens.")] = 4096,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds per HTTP request.")] = 120.0,
    retries: Annotated[
        int,
        typer.Option(
            min=0,
            help="Retries of 429s (honouring Retry-After), 5xx, timeouts and dropped connections.",
        ),
    ] = 2,
    concurrency: Annotated[int, typer.Option(min=1, help="Articles in flight at once.")] = 4,
    rpm: Annotated[int | None, typer.Option(min=1, help="Requests-per-minute limit.")] = None,
    tpm: Annotated[
        int | None, typer.Option(min=1, help="Tokens-per-minute limit (estimated).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not read or write the response cache.")
    ] = False,
    chunk_chars: Annotated[
        int, typer.Option(min=500, help="Articles longer than this are split into chunks.")
    ] = 12_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No notices on stderr.")] = False,
) -> None:
    """Summarize articles into actors, quotes, attributions and claims, grounded in the text.

    Re-running the same command with --out skips the articles already written and retries the
    ones that failed; failures are listed in _failures.jsonl (folder) or NAME.failures.jsonl.
    """

    def action() -> None:
        import asyncio

        from summarizer.errors import InputError
        from summarizer.render import FORMATS

        if fmt is not None and fmt not in FORMATS:
            raise InputError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
        from summarizer.backends import make_backend
        from summarizer.batch.cache import ResponseCache, default_cache_path
        from summarizer.batch.ledger import Ledger
        from summarizer.batch.limits import RateLimits
        from summarizer.batch.runner import BatchSettings, progress_reporter, run_batch
        from summarizer.ingest import read_inputs
        from summarizer.llm.providers import OFFLINE, default_model
        from summarizer.options import Options
        from summarizer.output import Sink

        options = Options(
            model=model,
            base_url=base_url,
            mode=mode,
            max_reasks=max_reasks,
            max_tokens=max_tokens,
            timeout=timeout,
            transport_retries=retries,
            chunk_chars=chunk_chars,
        )
        articles = read_inputs(paths)
        backend = make_backend(options)
        many = len(articles) > 1 or any(p.endswith(".jsonl") for p in paths)
        sink = Sink(out, fmt, many=many)
        ledger = Ledger(sink)
        if model is None and default_model() == OFFLINE and not quiet:
            typer.echo(
                "summarizer: no model configured (set OPENAI_API_KEY or pass --model);"
                " using the offline rule-based extractor",
                err=True,
            )
        cache = None if no_cache or backend.name != "llm" else ResponseCache(default_cache_path())
        settings = BatchSettings(concurrency, cache, RateLimits(rpm, tpm))
        update, stop = progress_reporter(len(articles))
        try:
            stats = asyncio.run(run_batch(articles, backend, sink, ledger, settings, update))
        finally:
            stop()
            if cache is not None:
                cache.close()
        for failure in stats.failures:
            where = f"{failure.id}: " if many else ""
            typer.echo(f"summarizer: error: {where}{failure.message}", err=True)
        if many and not quiet:
            where = (
                f" (listed in {ledger.failures_path})"
                if stats.failed and ledger.failures_path
                else ""
            )
            typer.echo(f"summarizer: {stats.line()}{where}", err=True)
        if stats.failed:
            raise typer.Exit(1)

    run_guarded(action)


@app.command()
def schema() -> None:
    """Print the JSON schema of the summary output."""

    def action() -> None:
        import json

        from summarizer.schema import Summary

        typer.echo(json.dumps(Summary.model_json_schema(), indent=2))

    run_guarded(action)


@app.command(name="eval")
def eval_command(
    model: Annotated[
        str,
        typer.Option("--model", "-m", help="'offline' (run live) or an LLM (replays cassettes)."),
    ] = "offline",
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
    bless: Annotated[
        bool, typer.Option("--bless", help="Write this run as the new baseline.")
    ] = False,
    from_outputs: Annotated[
        Path | None, typer.Option(help="Re-score saved summaries (one JSON per article), no model.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Report folder (default eval-results/<model>).")
    ] = None,
    evals_dir: Annotated[Path, typer.Option("--evals", help="Gold suite folder.")] = Path("evals"),
    cassettes_dir: Annotated[Path, typer.Option("--cassettes", help="Cassette folder.")] = Path(
        "cassettes"
    ),
) -> None:
    """Score a backend against the gold set, write reports, and fail on a regression."""

    def action() -> None:
        from rich.console import Console

        from summarizer.evaluation.baseline import baseline_path
        from summarizer.evaluation.baseline import bless as write_baseline
        from summarizer.evaluation.evaluate import evaluate
        from summarizer.evaluation.report import print_table, write_reports
        from summarizer.recording.cassettes import model_slug

        out_dir = out or Path("eval-results") / model_slug(model)
        result = evaluate(
            model,
            split,
            evals_dir,
            cassettes_dir,
            from_outputs=from_outputs,
            outputs_dir=None if from_outputs else out_dir / "outputs",
            use_baseline=not bless,
        )
        console = Console() if sys.stdout.isatty() else Console(width=110)
        print_table(result, console)
        write_reports(result, out_dir)
        err = Console(stderr=True)
        for line in result.gate_notes:
            err.print(f"note: {line}", style="dim")
        if result.model_failures:
            err.print(
                f"{len(result.model_failures)} article(s) failed in the model and score as empty"
            )
        for line in [*result.hard_failures, *result.gate_failures]:
            err.print(f"FAIL: {line}", style="bold red", markup=False)
        err.print(f"reports: {out_dir}/report.json, summary.md, junit.xml", style="dim")
        if bless:
            write_baseline(result, baseline_path(evals_dir, model))
            err.print(f"blessed {baseline_path(evals_dir, model)}")
        elif not result.passed:
            raise typer.Exit(1)

    run_guarded(action)


@app.command()
def record(
    model: Annotated[str, typer.Option("--model", "-m", help="The LLM to record, provider/name.")],
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    mode: Annotated[
        str, typer.Option(help="record: only missing or stale recordings; rewrite: everything.")
    ] = "record",
    split: Annotated[str, typer.Option(help="dev, test or all.")] = "all",
    only: Annotated[
        list[str] | None, typer.Option("--only", help="Record just these article ids.")
    ] = None,
    max_tokens: Annotated[int | None, typer.Option(help="Override evals/models.json.")] = None,
    evals_dir: Annotated[Path, typer.Option("--evals", help="Gold suite folder.")] = Path("evals"),
    cassettes_dir: Annotated[Path, typer.Option("--cassettes", help="Cassette folder.")] = Path(
        "cassettes"
    ),
) -> None:
    """Record the gold suite's model calls as cassettes (talks to the model server)."""

    def action() -> None:
        from summarizer.errors import InputError
        from summarizer.evaluation.gold import Suite
        from summarizer.evaluation.runner import run_suite, target_options
        from summarizer.recording.cassettes import MODES

        if mode not in MODES[1:]:
            raise InputError(f"--mode must be record or rewrite, not '{mode}'")
        suite = Suite.load(evals_dir)
        items = [i for i in suite.items(split) if not only or i.entry.id in only]
        if not items:
            raise InputError("no articles selected")
        options = target_options(evals_dir, model, base_url=base_url, max_tokens=max_tokens)
        failures = 0

        def report(run) -> None:
            nonlocal failures
            usage = run.summary.provenance.usage if run.summary else None
            detail = (
                f"{usage.calls} call(s), {usage.total_tokens} tokens, "
                f"{sum(q.verified for q in run.summary.quotes)}/{len(run.summary.quotes)} quotes verified"
                if run.summary
                else f"{run.error_kind}: {run.error}"
            )
            failures += run.error_kind == "cassette"
            typer.echo(f"{run.id}: {run.seconds:.1f}s, {detail}", err=True)

        run_suite(items, options, mode, cassettes_dir, on_article=report)
        if failures:
            raise InputError(f"{failures} article(s) could not be recorded")

    run_guarded(action)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
