package dev.schemac.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus of realistic entities: ids from sequences, strings, decimals, primitives, time types, an enum,
 * an embedded address, a many-to-one to the previous entity, and getters and setters, 100 entities a package.
 */
final class EntityCorpus {
    private EntityCorpus() {
    }

    static void write(Path root, int entities) throws IOException {
        for (int p = 0; p * 100 < entities; p++) {
            Path dir = Files.createDirectories(root.resolve("bench/model/m" + p));
            String pkg = "bench.model.m" + p;
            Files.writeString(dir.resolve("Status.java"), "package " + pkg + ";\n\npublic enum Status { NEW, ACTIVE, CLOSED }\n");
            Files.writeString(dir.resolve("Address.java"), """
                    package %s;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Embeddable;

                    @Embeddable
                    public class Address {
                        private String street;
                        @Column(length = 80)
                        private String city;
                        @Column(length = 2)
                        private String country;

                        public String getStreet() { return street; }
                        public void setStreet(String street) { this.street = street; }
                        public String getCity() { return city; }
                        public void setCity(String city) { this.city = city; }
                        public String getCountry() { return country; }
                        public void setCountry(String country) { this.country = country; }
                    }
                    """.formatted(pkg));
        }
        for (int i = 0; i < entities; i++) {
            String pkg = "bench.model.m" + (i / 100);
            String previous = i == 0 ? null : "bench.model.m" + ((i - 1) / 100) + ".Entity" + (i - 1);
            Files.writeString(root.resolve(pkg.replace('.', '/')).resolve("Entity" + i + ".java"),
                    entity(pkg, i, previous));
        }
    }

    private static String entity(String pkg, int i, String previous) {
        String parent = previous == null ? "" : """

                    @ManyToOne
                    private %s parent;

                    public %s getParent() { return parent; }
                    public void setParent(%s parent) { this.parent = parent; }
                """.formatted(previous, previous, previous);
        return """
                package %1$s;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDateTime;

                @Entity
                @Table(name = "entity_%2$d", indexes = @Index(columnList = "name"))
                public class Entity%2$d {
                    @Id
                    @GeneratedValue
                    private Long id;

                    @Column(nullable = false, length = 100)
                    private String name;

                    private String description;

                    @Column(precision = 12, scale = 2)
                    private BigDecimal amount;

                    private int quantity;

                    private boolean active;

                    @Column(nullable = false)
                    private Instant createdAt;

                    private LocalDateTime updatedAt;

                    @Enumerated(EnumType.STRING)
                    @Column(length = 16)
                    private Status status;

                    @Embedded
                    private Address address;

                    @Version
                    private long version;
                %3$s
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                    public String getDescription() { return description; }
                    public void setDescription(String description) { this.description = description; }
                    public BigDecimal getAmount() { return amount; }
                    public void setAmount(BigDecimal amount) { this.amount = amount; }
                    public int getQuantity() { return quantity; }
                    public void setQuantity(int quantity) { this.quantity = quantity; }
                    public boolean isActive() { return active; }
                    public void setActive(boolean active) { this.active = active; }
                    public Instant getCreatedAt() { return createdAt; }
                    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
                    public LocalDateTime getUpdatedAt() { return updatedAt; }
                    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
                    public Status getStatus() { return status; }
                    public void setStatus(Status status) { this.status = status; }
                    public Address getAddress() { return address; }
                    public void setAddress(Address address) { this.address = address; }

                    @Override
                    public String toString() {
                        return "Entity%2$d[" + id + ", " + name + ", " + status + "]";
                    }
                }
                """.formatted(pkg, i, parent);
    }
}
