#!/usr/bin/env python3
"""Extracts the articles of many WARC files on a Spark cluster with the article-parser CLI.

The WARC paths (one a line in a text file) are spread over the cluster; every partition's
paths are piped through `article-parser extract --format jsonl --paths-from -` on its node
(RDD.pipe), and the JSON Lines that come back are written out as text (or as Parquet).

    spark-submit examples/spark/warc_to_jsonl.py --paths warc.paths --output out/ \
        [--cli /path/to/article-parser] [--partitions N] [--jobs N] [--parquet]

Every node needs the CLI binary (at --cli, or on PATH) and must see the WARC paths (a shared or
network file system, or local copies at the same path).

A page that yields no article, or a broken WARC record, is an error line in the output
({"source", "url", "warcRecordId", "error": {"code", "message"}}), never a failed task: the CLI
then exits 1 ("some pages failed; the others were written"), which the wrapper below treats as
success. Exit status 2 (usage error) or a crash still fails the task, as it should.
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def pipe_command(cli, jobs):
    extract = f"{shlex.quote(cli)} extract --format jsonl --quiet --jobs {jobs} --paths-from -"
    # Status 1 means "some records are error lines", not a failure of the task.
    return f"/bin/sh -c {shlex.quote(extract + '; status=$?; [ $status -le 1 ] || exit $status')}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paths", required=True, help="a text file with one WARC path per line")
    parser.add_argument("--output", required=True, help="the output folder (JSON Lines part files, or Parquet)")
    parser.add_argument("--cli", default="article-parser", help="the article-parser binary on every node")
    parser.add_argument("--partitions", type=int, help="partitions of the path list (default: Spark's default parallelism)")
    parser.add_argument("--jobs", type=int, default=1, help="pages each CLI process parses at once")
    parser.add_argument("--parquet", action="store_true", help="write Parquet instead of JSON Lines")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("article-parser-warc").getOrCreate()
    context = spark.sparkContext
    # The list is small (one line per WARC file): spread it evenly, a few files per partition.
    listed = context.textFile(args.paths).map(str.strip).filter(bool).collect()
    paths = context.parallelize(listed, args.partitions or context.defaultParallelism)
    records = paths.pipe(pipe_command(args.cli, args.jobs), checkCode=True)

    if args.parquet:
        spark.read.json(records).write.mode("overwrite").parquet(args.output)
    else:
        records.saveAsTextFile(args.output)

    frame = spark.read.text(args.output) if not args.parquet else spark.read.parquet(args.output)
    if args.parquet:
        total, failed = frame.count(), frame.filter("error IS NOT NULL").count()
    else:
        total = frame.count()
        failed = frame.filter(frame.value.contains('"error":{"code"')).count()
    print(f"article-parser on Spark: {total} records, {total - failed} articles, {failed} error lines -> {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
