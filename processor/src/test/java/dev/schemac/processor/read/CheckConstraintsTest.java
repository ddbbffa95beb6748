package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Check;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check constraints written in SQL, as Hibernate 7 creates them: the unnamed ones of a column joined into one,
 * named and class-level ones apart.
 */
class CheckConstraintsTest {
    @Test
    void columnTableAndHibernateChecks() {
        Table table = read(source("Box", """
                @Entity
                @Table(check = {@CheckConstraint(constraint = "a < b"), @CheckConstraint(name = "box_b_positive",
                        constraint = "b > 0")})
                @org.hibernate.annotations.Check(constraints = "a >= 0")
                public class Box {
                    @Id Long id;
                    @Column(check = {@CheckConstraint(constraint = "a < 100"), @CheckConstraint(name = "a_named",
                            constraint = "a <> 7")})
                    @org.hibernate.annotations.Check(constraints = "a <> 5")
                    int a;
                    int b;
                }
                """)).table("box");
        assertEquals(List.of(new Check("box_a_check", "(a < 100) and (a <> 5)"), new Check("a_named", "a <> 7"),
                new Check("box_b_positive", "b > 0"), new Check("box_check", "a < b"),
                new Check("box_check1", "a >= 0")), table.checks());
    }

    @Test
    void anEnumCheckComesAfterTheColumnsOwn() {
        Table table = read(source("Box", """
                @Entity public class Box {
                    @Id Long id;
                    @Column(check = @CheckConstraint(constraint = "size <> 1")) Size size;
                    public enum Size { S, M }
                }
                """)).table("box");
        assertEquals(List.of(new Check("box_size_check", "(size <> 1) and (size between 0 and 1)")),
                table.checks());
    }

    @Test
    void aCheckThatIsNotOneExpressionIsRefused() {
        assertError("must be a single SQL expression", source("Box", """
                @Entity public class Box {
                    @Id Long id;
                    @Column(check = @CheckConstraint(constraint = "a > 0); drop table box; --")) int a;
                }
                """), "int a;");
    }
}
