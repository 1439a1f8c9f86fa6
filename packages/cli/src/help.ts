// The help of each command. docs/cli.md quotes each text; a test keeps them identical.

/** The text of `aicb validate --help`. */
export const VALIDATE_HELP = `Usage: aicb validate [options] [paths...]

Checks plan files as one workspace, so that references across files are
checked too, and reports every finding with its file, line and column.

Each path is a file, a directory or a glob (quote globs for the shell).
Directories and globs are searched for .yaml, .yml and .json files whose
top-level kind is a known document kind, skipping node_modules and
dot-directories; a file that looks meant to be a plan document but has
no known kind is an error, and other files are skipped and counted.
A file named explicitly is always checked. Default: the files of the
configuration, or the current directory. '-' reads one document from
standard input.

The configuration, aicb.config.yaml or aicb.config.json, is found from
the current directory upwards. A finding is suppressed with a reason by
'# aicb-disable-next-line <code> -- <reason>' above its line, or
'# aicb-disable-line <code> -- <reason>' at its end (see docs/cli.md).

Options:
  -f, --format <name>       stylish (default), json, sarif, github, junit
                            or gitlab
      --strict              warnings fail the check too
      --max-warnings <n>    fail when there are more than n warnings
  -q, --quiet               report errors only; warnings still count for
                            --strict and --max-warnings
  -c, --config <file>       use this configuration file
      --rule <code=level>   set a rule to error, warning, info or off,
                            over the configuration; may be repeated
      --baseline <file>     fail only on findings the baseline lacks
      --update-baseline     write every finding not suppressed into the
                            baseline file
  -o, --output <file>       write the report to file, not standard output
      --stdin-filename <n>  the name of the document read from '-'
  -w, --watch               check again when files or the configuration
                            change, printing only the findings that
                            appear, go or are accepted (stylish only)
      --verbose             list the files skipped, and why
      --lang <code>         language of messages: ar, en, es, fr, ru or zh
                            (default: LC_ALL, LC_MESSAGES or LANG if one
                            names them, else en)
      --debug               show the stack trace of an internal error
  -h, --help                show this help

Exit codes:
  0  no finding fails the check
  1  errors, or warnings under --strict or above --max-warnings
  2  usage error, an invalid configuration, a named path that does not
     exist, or a file that could not be read (every other file is still
     checked and reported)
`;

/** The text of `aicb schema --help`. */
export const SCHEMA_HELP = `Usage: aicb schema [options] [kind]

Prints the JSON Schema (draft 2020-12) of a document kind on standard
output, or writes the schema files into a directory. With neither a kind
nor --out, lists the kinds and the names of their schema files.

Arguments:
  kind               a document kind (WorkPlan) or its file stem (work-plan)

Options:
  -o, --out <dir>    write the schema files (all, or the kind's) into dir,
                     creating it; schema files already there are replaced
  -h, --help         show this help
`;

/** The text of `aicb init --help`. */
export const INIT_HELP = `Usage: aicb init [options] [dir]

Writes a small valid starter workspace into dir (default: the current
directory): a work plan with two measures, an initiative catalogue, one
needs assessment, a scoring profile, and the JSON Schemas that their
first lines point editors to. Refuses to overwrite any existing file,
and then writes nothing, unless --force.

Options:
      --force        overwrite existing files
  -h, --help         show this help
`;

/** The text of `aicb prioritize --help`. */
export const PRIORITIZE_HELP = `Usage: aicb prioritize [options] <workplan>

Ranks the measures of a work plan against the needs countries assessed,
as a scoring profile says, and explains each rank. The files are checked
together first; if any has an error, they are listed and nothing is ranked.

Each of --assessments, --catalogue and --profile takes a file or a
directory, searched as 'aicb validate' searches one (for .yaml, .yml and
.json files that declare a known kind); --assessments and --catalogue
may be repeated.

Options:
  -a, --assessments <path>  needs assessments
  -c, --catalogue <path>    initiative catalogues (without any, references
                            to initiatives are not checked and no
                            measure builds on a known initiative)
  -p, --profile <path>      the scoring profile (default: the ten built-in
                            criteria with equal weights, ranked by TOPSIS)
  -m, --method <name>       use this method instead of the profile's:
                            weighted-sum, weighted-product, topsis, vikor,
                            promethee-ii, copras or spotis
  -n, --top <n>             show the first n measures only
  -e, --explain             show each criterion's value and contribution
      --as-of <date>        read LDC, LLDC and SIDS membership on this
                            date, YYYY-MM-DD (default: the start of the
                            plan's period)
      --sensitivity <n>     add the stability of the ranking: weight
                            intervals, rank acceptability over n random
                            weight vectors, and agreement between methods
      --seed <s>            seed of the random weights (default 1); the
                            same seed gives the same numbers
  -f, --format <name>       table (default), json, csv or markdown
      --config <file>       use this configuration file (default: the
                            aicb.config.yaml or .json found upwards),
                            whose scoring profile and asOf stand in for
                            --profile and --as-of
      --lang <code>         language of reasons and notes: ar, en, es, fr,
                            ru or zh (default: LC_ALL, LC_MESSAGES or
                            LANG, else en)
      --debug               show the stack trace of an internal error
  -h, --help                show this help

Exit codes:
  0  the measures are ranked
  1  the files have errors, or the measures cannot be ranked (for
     example a missing value under the profile's fail policy)
  2  usage error, or a path that does not exist or cannot be read
`;

/** The text of `aicb report --help`. */
export const REPORT_HELP = `Usage: aicb report [options] [paths...]

Writes one self-contained HTML page about a plan: the plan at a glance,
priorities with each criterion's part of the score, how sure the ranking
is, needs and coverage, the timeline, plan health and the Resolution 1332
lenses when progress reports are among the files, and the findings of
validation. The page needs no network and no script, and prints well. The
files are found and checked as 'aicb validate' does (default: the current
directory); they should hold one work plan and at most one scoring
profile. The page is written even when the files have errors: it lists
them.

Options:
  -o, --out <file>          write the page into file (default: standard
                            output)
      --as-of <date>        the date the report describes, YYYY-MM-DD:
                            what is overdue (default: the configuration's
                            asOf, else today)
      --sensitivity <n>     random weight vectors for the stability of
                            the ranking (default 1000, fewer for a plan
                            of more than 100 measures; 0 leaves it out)
      --seed <s>            seed of the random weights (default 1)
      --config <file>       use this configuration file (default: the
                            aicb.config.yaml or .json found upwards):
                            its files, ignore and rules apply, and its
                            asOf and scoring profile stand in for --as-of
                            and a profile among the files
      --lang <code>         language of the page: ar, en, es, fr, ru or
                            zh (default: LC_ALL, LC_MESSAGES or LANG,
                            else en)
      --debug               show the stack trace of an internal error
  -h, --help                show this help

Exit codes:
  0  the report is written and the files have no errors
  1  the report is written, and the files have errors
  2  usage error, a path that does not exist or cannot be read, or the
     page cannot be written
`;

/** The text of `aicb status --help`. */
export const STATUS_HELP = `Usage: aicb status [options] [paths...]

Shows how each work plan found stands on a date, from its progress
reports: every measure's state (not-started, on-track, at-risk, late,
completed, cancelled) and why, the states by objective, pillar, bureau
and region, the overdue milestones, the budget execution by currency,
and the three lenses of Council Resolution 1332 (intersectoral
coordination, regional empowerment, membership engagement).

Paths are searched as 'aicb validate' searches them (default: the
current directory) and checked together; if any file has an error, the
errors are listed and no status is shown. Warnings do not stop it.

Options:
      --as-of <date>     the date to read the plans on, YYYY-MM-DD
                         (default: the configuration's asOf, else
                         today, in UTC)
  -f, --format <name>    text (default), json or markdown
      --config <file>    use this configuration file (default: the
                         aicb.config.yaml or .json found upwards): its
                         files, ignore and rules apply, and its asOf
                         stands in for --as-of
      --lang <code>      language of the text: ar, en, es, fr, ru or zh
                         (default: LC_ALL, LC_MESSAGES or LANG, else
                         en); JSON keeps codes, ISO dates and numbers
      --debug            show the stack trace of an internal error
  -h, --help             show this help

Exit codes:
  0  the status is shown
  1  the files have errors, or hold no work plan
  2  usage error, or a path that does not exist or cannot be read
`;
