package dev.schemac.processor.diff;

import static dev.schemac.processor.diff.Diffs.descriptions;
import static dev.schemac.processor.diff.Diffs.diff;
import static dev.schemac.processor.diff.Diffs.schema;
import static dev.schemac.processor.diff.Diffs.up;
import static dev.schemac.schema.Sequence.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.schemac.operation.AlterSequence;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.DropSequence;
import dev.schemac.processor.diff.Change.Kind;
import dev.schemac.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences: created, increment changed, new start ignored, unused ones kept. */
class SchemaDiffSequencesTest {
    private static final QualifiedName SEQ = QualifiedName.parse("customer_seq");

    @Test
    void createsANewSequenceAndDropsItInDownWithoutApproval() {
        DiffResult result = diff(schema(List.of()), schema(List.of(), sequence("customer_seq", 1, 50)));
        assertEquals(List.of(new CreateSequence(sequence("customer_seq", 1, 50))), result.up());
        assertEquals(List.of(new DropSequence(SEQ, null)), result.down());
        assertEquals(List.of(new Change(Kind.ADDED, new Change.OfSequence(SEQ), "sequence customer_seq is new")),
                result.changes());
    }

    @Test
    void createsTheSchemaOfANewSequence() {
        DiffResult result = diff(schema(List.of()), schema(List.of(), sequence("billing.invoice_seq", 1, 1)));
        assertEquals(List.of("create schema billing", "create sequence billing.invoice_seq"), up(result));
    }

    @Test
    void changesTheIncrement() {
        DiffResult result = diff(schema(List.of(), sequence("customer_seq", 1, 1)),
                schema(List.of(), sequence("customer_seq", 1, 50)));
        assertEquals(List.of(new AlterSequence(SEQ, 50)), result.up());
        assertEquals(List.of(new AlterSequence(SEQ, 1)), result.down());
        assertEquals(List.of("the increment of sequence customer_seq changed from 1 to 50"), descriptions(result));
    }

    @Test
    void ignoresANewStartOfAnExistingSequence() {
        DiffResult result = diff(schema(List.of(), sequence("customer_seq", 1, 50)),
                schema(List.of(), sequence("customer_seq", 1000, 50)));
        assertFalse(result.needsMigration());
        assertEquals(List.of(), result.changes());
        assertEquals(List.of(sequence("customer_seq", 1, 50)), result.next().schema().sequences());
    }

    @Test
    void keepsASequenceNoEntityUses() {
        DiffResult result = diff(schema(List.of(), sequence("customer_seq", 1, 50)), schema(List.of()));
        assertFalse(result.needsMigration());
        assertEquals(List.of(new Change(Kind.RETAINED, new Change.OfSequence(SEQ),
                "sequence customer_seq is no longer used by an entity")), result.changes());
        assertEquals(List.of(sequence("customer_seq", 1, 50)), result.next().schema().sequences());
    }
}
