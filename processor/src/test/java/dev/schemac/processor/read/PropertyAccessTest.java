package dev.schemac.processor.read;

import static dev.schemac.processor.read.MoreTypesTest.columns;
import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Property access, as JPA defines it and Hibernate 7 applies it (verified in the fidelity corpus content). */
class PropertyAccessTest {
    @Test
    void anIdOnAGetterMakesEveryGetterAColumn() {
        Table table = read(source("Person", """
                @Entity public class Person {
                    private Long key; private String first; private boolean active; private String unused;
                    private String url;
                    @Id public Long getId() { return key; }
                    public void setId(Long id) { key = id; }
                    @Column(length = 40, nullable = false) public String getFirstName() { return first; }
                    public void setFirstName(String name) { first = name; }
                    public boolean isActive() { return active; }
                    public void setActive(boolean a) { active = a; }
                    public String getURL() { return url; }
                    public void setURL(String u) { url = u; }
                    @Transient public String getDisplay() { return first; }
                    public static String getStatic() { return ""; }
                    public String describe() { return ""; }
                }
                """)).table("person");
        assertEquals(Map.of("id", "bigint not null", "firstname", "varchar(40) not null",
                "active", "boolean not null", "url", "varchar(255)"), columns(table));
        assertEquals(List.of("id"), table.primaryKey().columns());
    }

    @Test
    void theAccessTypeIsInheritedFromTheMappedSuperclassAndByEmbeddables() {
        Table table = read(source("Base", """
                @MappedSuperclass public abstract class Base {
                    private Long id;
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                }
                """), source("Item", """
                @Entity public class Item extends Base {
                    private String n; private Size s;
                    public String getName() { return n; }
                    public void setName(String n) { this.n = n; }
                    @Embedded public Size getSize() { return s; }
                    public void setSize(Size s) { this.s = s; }
                }
                """), source("Size", """
                @Embeddable public class Size {
                    private int w;
                    public int getWidth() { return w; }
                    public void setWidth(int w) { this.w = w; }
                }
                """)).table("item");
        assertEquals(Map.of("id", "bigint not null", "name", "varchar(255)", "width", "integer"),
                columns(table));
    }

    @Test
    void accessOnAClassOrAnAttributeOverridesTheDefault() {
        Table table = read(source("Mixed", """
                @Entity @Access(AccessType.PROPERTY) public class Mixed {
                    @Id @Access(AccessType.FIELD) Long id;
                    @Access(AccessType.FIELD) @Column(length = 9) String code;
                    private String t;
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getCode() { return code; }
                    public void setCode(String c) { code = c; }
                    public String getTitle() { return t; }
                    public void setTitle(String t) { this.t = t; }
                }
                """), source("Plain", """
                @Entity public class Plain {
                    @Id Long id;
                    String stored;
                    @Access(AccessType.PROPERTY) public int getSize() { return 1; }
                    public void setSize(int s) { }
                }
                """)).table("mixed");
        assertEquals(Map.of("id", "bigint not null", "code", "varchar(9)", "title", "varchar(255)"),
                columns(table));
    }
}
