package dev.schemac.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What the goals say about the database they work on: never a password. */
class DatabaseTargetTest {
    @Test
    void aPasswordParameterIsHiddenWhereverItStands() {
        assertEquals("jdbc:postgresql://db:5432/shop?password=***&ssl=true",
                new DatabaseTarget("jdbc:postgresql://db:5432/shop?password=s3cret&ssl=true", null, null)
                        .describe());
        assertEquals("jdbc:postgresql://db/shop?user=a&PASSWORD=***",
                new DatabaseTarget("jdbc:postgresql://db/shop?user=a&PASSWORD=x", null, null).describe());
        assertEquals("jdbc:postgresql://db/shop", new DatabaseTarget("jdbc:postgresql://db/shop", "u", "p")
                .describe());
    }

    @Test
    void theDatabaseNameAndCredentialsComeFromTheUrlUnlessGiven() {
        DatabaseTarget target = new DatabaseTarget("jdbc:postgresql://db.example.com:6432/shop?user=a&password=b",
                null, null);
        assertEquals("shop", target.databaseName());
        assertEquals("db.example.com", target.parsed().getProperty("PGHOST"));
        assertEquals("6432", target.parsed().getProperty("PGPORT"));
        assertEquals("a", target.parsed().getProperty("user"));
        assertEquals("b", target.parsed().getProperty("password"));
        assertEquals("u", new DatabaseTarget("jdbc:postgresql://db/shop", "u", null).parsed().getProperty("user"));
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DatabaseTarget("jdbc:mysql://db/shop", null, null).databaseName());
    }
}
