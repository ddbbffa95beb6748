package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.schemac.processor.Options.NamingStyle;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Collection mappings that do not fit are errors on the field: message, file and line. */
class CollectionDiagnosticsTest {
    private static final JavaFileObject ITEM = source("Item", "@Entity public class Item { @Id Long id; }");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@ElementCollection Set<Item> items;|@ElementCollection on Holder.items holds the entity Item",
            "@ElementCollection @OrderColumn Set<String> items;|@OrderColumn on Holder.items needs a List",
            "@ElementCollection Set items;|from which schemac cannot tell its element type",
            "@ElementCollection String items;|is not a Set, List, Collection or Map",
            "@ElementCollection @JoinTable(name = \"x\") Set<String> items;|@JoinTable on the @ElementCollection Holder.items",
            "@ElementCollection @JoinColumn(name = \"x\") Set<String> items;|@JoinColumn on the @ElementCollection Holder.items",
            "@ManyToMany @CollectionTable(name = \"x\") Set<Item> items;|@CollectionTable on the association Holder.items",
            "@ManyToMany @JoinColumn(name = \"x\") Set<Item> items;|@JoinColumn on the @ManyToMany Holder.items",
            "@ManyToMany Set<String> items;|Holder.items is an association to java.lang.String",
            "@ElementCollection @MapKeyColumn(name = \"k\") Set<String> items;|@MapKeyColumn on Holder.items needs a Map",
            "@ElementCollection @MapKey Map<Long, String> items;|@MapKey on the @ElementCollection Holder.items",
            "@ElementCollection @MapKeyEnumerated Map<Long, String> items;|@MapKeyEnumerated applies to enum keys only",
            "@ElementCollection @CollectionTable(name = \"user\") Set<String> items;|the table name 'user' of Holder.items is a reserved word",
            "@ManyToMany @JoinTable(joinColumns = {@JoinColumn(name = \"a\"), @JoinColumn(name = \"b\")}) Set<Item> items;|gives 2 join columns for the primary key of holder, which has 1",
            "@ManyToMany(mappedBy = \"x\") @OrderColumn List<Item> items;|@OrderColumn on Holder.items, the mappedBy side of a @ManyToMany: Hibernate refuses it",
            "@ElementCollection @OneToMany Set<Item> items;|has more than one of @ElementCollection"})
    void misfitsAreReportedOnTheField(String field, String message) {
        JavaFileObject holder = source("Holder", "@Entity public class Holder {\n    @Id Long id;\n    " + field
                + "\n}\n");
        assertError(message, holder, field, ITEM);
    }

    @Test
    void twoCollectionsOnOneTableAreRefusedRatherThanMerged() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @ManyToMany Set<Item> first;
                    @ManyToMany List<Item> second;
                }
                """);
        assertError("Holder.second maps the table holder_item, as Holder.first does; Hibernate would merge both",
                holder, "List<Item> second;", ITEM);
    }

    @Test
    void aCollectionTableNamedLikeAnEntityTableIsRefused() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @ElementCollection @CollectionTable(name = "item") Set<String> tags;
                }
                """);
        assertError("Holder.tags maps the table item, as the entity Item does", holder, "Set<String> tags;", ITEM);
    }

    @Test
    void aCollectionInsideAnElementCollectionsEmbeddableIsRefused() {
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @ElementCollection Set<Phone> phones;
                }
                """);
        JavaFileObject phone = source("Phone", """
                @Embeddable public class Phone {
                    String number;
                    @ElementCollection Set<String> labels;
                }
                """);
        assertError("Holder.phones.labels is a collection inside an embeddable that is itself the element of a"
                + " collection", phone, "Set<String> labels;", holder);
    }

    @Test
    void aOneToManyJoinColumnOfAnotherTypeThanTheTargetsColumnIsRefused() {
        JavaFileObject line = source("Line", "@Entity public class Line { @Id Long id; String holder_id; }");
        JavaFileObject holder = source("Holder", """
                @Entity public class Holder {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "holder_id") Set<Line> lines;
                }
                """);
        assertError("Holder.lines maps the column holder_id of the table line as bigint, but Line.holder_id maps it"
                + " as varchar(255)", holder, "Set<Line> lines;", line);
    }

    @Test
    void anImplicitJoinTableOfAMixedCaseTableIsUnsupportedUnderSpringNaming() {
        JavaFileObject country = source("Country", "@Entity @Table(name = \"countryOfTheWorld\")\n"
                + "public class Country {\n @Id Long id;\n @ManyToMany Set<Club> clubs;\n}");
        Compilation compilation = ReadHarness.compile(NamingStyle.SPRING, country,
                source("Club", "@Entity public class Club { @Id Long id; }")).compilation();

        CompilationSubject.assertThat(compilation).hadErrorContaining("[schemac:unsupported-mapping] the implicit"
                + " join table name of Country.clubs under Spring Boot's naming, whose owner's @Table(name) is in"
                + " mixed case is not supported by schemac yet").inFile(country).onLineContaining("Set<Club> clubs;");
        ReadHarness.assertErrorCount(1, compilation);
        // with JPA's naming the same mapping is read (the fidelity corpus atlas checks both)
        ReadHarness.assertErrorCount(0, ReadHarness.compile(NamingStyle.JPA, country,
                source("Club", "@Entity public class Club { @Id Long id; }")).compilation());
    }
}
