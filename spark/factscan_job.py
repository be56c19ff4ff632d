"""Run factscan over a corpus on Apache Spark and write its three tables.

Each file of the corpus is sent whole to a factscan process on a worker
(``factscan extract --format files - -o -``), through ``RDD.pipe`` with
``checkCode=True`` so that a failing command fails the job instead of
vanishing. Files are named as a single-machine run names them (the input
as given, joined with the path below it), and factscan reads each as it
would read the file itself, so ids, sources, dates and problems are those
of ``factscan extract INPUT -o DIR``.

    spark-submit --master yarn --files target/release/factscan \\
        spark/factscan_job.py --input hdfs:///corpus --output hdfs:///tables

A file is the unit of work: split very large JSON Lines files into parts.
Like every Hadoop reader, Spark skips files whose names start with "_" or
".", where a single-machine run skips only the latter.
"""

import argparse
import base64
import json
import os
import shlex

from pyspark.sql import SparkSession
from pyspark.sql import types as T

ENTITY_COLUMNS = [
    "doc_id", "mention_id", "kind", "form", "entity_id", "name", "text",
    "start", "end", "char_start", "char_end", "sentence", "value", "rule",
]
CLAIM_COLUMNS = [
    "doc_id", "claim_id", "sentence", "start", "end", "char_start",
    "char_end", "kind", "source", "source_entity_id", "source_start",
    "source_end", "cue", "cue_start", "cue_end", "cue_class", "text",
    "hedge", "negated", "entity_ids", "date",
]
DOCUMENT_COLUMNS = [
    "doc_id", "source", "date", "date_precision", "speaker", "bytes",
    "sentences", "mentions", "claims", "status", "message",
]
TABLES = {
    "entity": ("entities", ENTITY_COLUMNS),
    "claim": ("claims", CLAIM_COLUMNS),
    "document": ("documents", DOCUMENT_COLUMNS),
}
INTEGER_COLUMNS = {
    "start", "end", "char_start", "char_end", "sentence", "source_start",
    "source_end", "cue_start", "cue_end", "bytes", "sentences", "mentions",
    "claims",
}


def record_schema():
    """One schema for the records of all three tables, tagged by `table`."""
    names = ["table"]
    for _, columns in TABLES.values():
        names += [c for c in columns if c not in names]

    def field(name):
        if name in INTEGER_COLUMNS:
            kind = T.LongType()
        elif name == "negated":
            kind = T.BooleanType()
        else:
            kind = T.StringType()
        return T.StructField(name, kind, True)

    return T.StructType([field(n) for n in names])


def spark_path(path):
    """A path Spark resolves as this process does: a local path without a
    scheme is made absolute, since the JVM's working folder may differ."""
    if ":" in path.split("/")[0]:
        return path
    return "file://" + os.path.abspath(path)


def qualified(spark, path):
    """The fully qualified URI of `path`, as Spark lists files below it."""
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    fs = hadoop_path.getFileSystem(conf)
    return fs.makeQualified(hadoop_path).toString().rstrip("/")


def envelopes(spark, inputs):
    """An RDD of file envelopes, one JSON line per file of `inputs`."""
    rdds = []
    for given in inputs:
        root = qualified(spark, spark_path(given))
        files = (
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(spark_path(given))
            .select("path", "content")
            .rdd
        )

        def wrap(row, root=root, given=given):
            path = row.path.rstrip("/")
            below = path[len(root):].lstrip("/") if path.startswith(root) else ""
            name = given.rstrip("/") + "/" + below if below else given
            data = base64.b64encode(bytes(row.content)).decode("ascii")
            return name, json.dumps({"path": name, "data": data})

        rdds.append(files.map(wrap))
    union = rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
    return union.sortByKey().values()


def run(spark, inputs, output, output_format="csv", factscan="./factscan",
        extract_args=(), partitions=None):
    """Extracts the tables of `inputs` into folders below `output`."""
    files = envelopes(spark, inputs)
    if partitions:
        files = files.repartition(partitions)
    command = [factscan, "extract", "--format", "files", "-", "-o", "-", "-q"]
    command += list(extract_args)
    records = files.pipe(shlex.join(command), checkCode=True)
    frame = spark.read.schema(record_schema()).json(records)
    frame.cache()
    for table, (name, columns) in TABLES.items():
        rows = frame.filter(frame.table == table).select(*columns)
        writer = rows.write.mode("overwrite")
        target = f"{spark_path(output).rstrip('/')}/{name}"
        if output_format == "parquet":
            writer.parquet(target)
        else:
            writer.option("header", True).option("quote", '"').option(
                "escape", '"'
            ).csv(target)
    frame.unpersist()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", action="append", required=True,
                        help="a file or folder Spark can read (repeatable)")
    parser.add_argument("--output", required=True,
                        help="folder for entities/, claims/, documents/")
    parser.add_argument("--output-format", choices=["csv", "parquet"],
                        default="csv")
    parser.add_argument("--factscan", default="./factscan",
                        help="the factscan binary on the workers "
                             "(shipped with spark-submit --files)")
    parser.add_argument("--partitions", type=int,
                        help="how many factscan processes to run")
    parser.add_argument("extract_args", nargs=argparse.REMAINDER,
                        help="after --: options for factscan extract")
    args = parser.parse_args(argv)
    extract_args = args.extract_args
    if extract_args[:1] == ["--"]:
        extract_args = extract_args[1:]
    spark = SparkSession.builder.appName("factscan").getOrCreate()
    try:
        run(spark, args.input, args.output, args.output_format,
            args.factscan, extract_args, args.partitions)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
