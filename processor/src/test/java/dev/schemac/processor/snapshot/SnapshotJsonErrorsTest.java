package dev.schemac.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a snapshot can be wrong, and the message that says where. */
class SnapshotJsonErrorsTest {
    private static final String COLUMN = "{\"name\": \"c\", \"type\": \"text\", \"nullable\": true}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not JSON               | {"format": 1,                    | malformed JSON: End of input at line 1 column 14 path $.format
            trailing comma         | {"format": 1,}                   | malformed JSON: Expected name at line 1 column 15 path $.format
            lenient syntax         | {format: 1}                      | malformed JSON: syntax error (unquoted name, single quotes or comment?) at line 1 column 3 path $.
            text after document    | {"format": 1, "tables": [], "sequences": []} x | malformed JSON: more text after the end of the document
            not an object          | [1]                              | the document: expected an object
            no format              | {"tables": [], "sequences": []}  | format: missing; this is not a schemac snapshot
            newer format           | {"format": 3, "tables": [], "sequences": []} | format: written by a newer schemac (format 3); this version reads format 2: upgrade schemac
            older format           | {"format": 0, "tables": [], "sequences": []} | format: expected 1 to 2 but found 0
            format 2 without list  | {"format": 2, "tables": [], "sequences": []} | migrations: missing
            list in format 1       | {"format": 1, "migrations": [], "tables": [], "sequences": []} | migrations: not part of format 1; set the format to 2
            version not digits     | {"format": 2, "migrations": ["V1"], "tables": [], "sequences": []} | migrations[0]: expected the digits of a migration version but found V1
            version as number      | {"format": 2, "migrations": [1], "tables": [], "sequences": []} | migrations[0]: expected a non-empty string
            versions out of order  | {"format": 2, "migrations": ["2", "10", "9"], "tables": [], "sequences": []} | migrations[2]: 9 does not sort after 10
            version twice          | {"format": 2, "migrations": ["1", "1"], "tables": [], "sequences": []} | migrations[1]: 1 does not sort after 1
            format as text         | {"format": "1", "tables": [], "sequences": []} | format: expected a whole number
            fractional format      | {"format": 1.5, "tables": [], "sequences": []} | format: expected a whole number but found 1.5
            unknown top field      | {"format": 1, "tables": [], "sequences": [], "views": []} | views: unknown field; expected format, migrations, tables, sequences
            missing tables         | {"format": 1, "sequences": []}   | tables: missing
            tables not a list      | {"format": 1, "tables": {}, "sequences": []} | tables: expected an array
            table not an object    | {"format": 1, "tables": [3], "sequences": []} | tables[0]: expected an object
            table without name     | {"format": 1, "tables": [{"columns": []}], "sequences": []} | tables[0].name: missing
            empty table name       | {"format": 1, "tables": [{"name": "", "columns": []}], "sequences": []} | tables[0].name: must not be empty
            misspelt column field  | {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": "text", "nulable": true}]}], "sequences": []} | tables[0].columns[0].nulable: unknown field; expected name, type, nullable, default, identity
            type not a string      | {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": 4, "nullable": true}]}], "sequences": []} | tables[0].columns[0].type: expected a string
            nullable as string     | {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": "text", "nullable": "no"}]}], "sequences": []} | tables[0].columns[0].nullable: expected true or false
            null default           | {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": "text", "nullable": true, "default": null}]}], "sequences": []} | tables[0].columns[0].default: expected a string
            nullable identity      | {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": "bigint", "nullable": true, "identity": true}]}], "sequences": []} | tables[0].columns[0]: identity column c cannot be nullable
            duplicate column       | {"format": 1, "tables": [{"name": "t", "columns": [COLUMN, COLUMN]}], "sequences": []} | tables[0]: table t has two columns named c
            duplicate field        | {"format": 1, "tables": [{"name": "t", "name": "u", "columns": []}], "sequences": []} | tables[0].name: field given twice
            empty key columns      | {"format": 1, "tables": [{"name": "t", "columns": [], "primaryKey": {"name": "t_pkey", "columns": []}}], "sequences": []} | tables[0].primaryKey: primary key t_pkey has no columns
            column name a number   | {"format": 1, "tables": [{"name": "t", "columns": [], "uniques": [{"name": "u", "columns": [1]}]}], "sequences": []} | tables[0].uniques[0].columns[0]: expected a non-empty string
            unknown delete action  | {"format": 1, "tables": [{"name": "t", "columns": [], "foreignKeys": [{"name": "f", "columns": ["a"], "target": "u", "targetColumns": ["b"], "onDelete": "explode"}]}], "sequences": []} | tables[0].foreignKeys[0].onDelete: expected one of no action, restrict, cascade, set null, set default but found explode
            key column mismatch    | {"format": 1, "tables": [{"name": "t", "columns": [], "foreignKeys": [{"name": "f", "columns": ["a", "b"], "target": "u", "targetColumns": ["b"]}]}], "sequences": []} | tables[0].foreignKeys[0]: foreign key f has 2 columns but references 1
            two constraints a name | {"format": 1, "tables": [{"name": "t", "columns": [], "uniques": [{"name": "k", "columns": ["a"]}], "checks": [{"name": "k", "expression": "a > 0"}]}], "sequences": []} | tables[0]: two constraints named k
            two indexes a name     | {"format": 1, "tables": [{"name": "t", "columns": [], "indexes": [{"name": "i", "columns": ["a"]}, {"name": "i", "columns": ["b"]}]}], "sequences": []} | tables[0]: two indexes named i
            duplicate table        | {"format": 1, "tables": [{"name": "t", "columns": []}, {"name": "t", "columns": []}], "sequences": []} | tables: two tables named t
            zero increment         | {"format": 1, "tables": [], "sequences": [{"name": "s", "start": 1, "increment": 0}]} | sequences[0]: sequence s has increment 0
            start too large        | {"format": 1, "tables": [], "sequences": [{"name": "s", "start": 99999999999999999999, "increment": 1}]} | sequences[0].start: expected a whole number but found 99999999999999999999
            duplicate sequence     | {"format": 1, "tables": [], "sequences": [{"name": "s", "start": 1, "increment": 1}, {"name": "s", "start": 1, "increment": 1}]} | sequences[1]: a second sequence named s
            """)
    void namesThePathOfTheFault(String problem, String json, String message) {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> SnapshotJson.read(json.replace("COLUMN", COLUMN)));
        assertEquals(message, e.getMessage());
    }
}
