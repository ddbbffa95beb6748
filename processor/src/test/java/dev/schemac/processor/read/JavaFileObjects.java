package dev.schemac.processor.read;

import javax.tools.JavaFileObject;

/** Stand-ins for annotations of libraries that are not on the test classpath, declared by their real names. */
final class JavaFileObjects {
    private JavaFileObjects() {
    }

    /** {@code org.hibernate.annotations.Formula}. */
    static JavaFileObject formula() {
        return com.google.testing.compile.JavaFileObjects.forSourceString("org.hibernate.annotations.Formula", """
                package org.hibernate.annotations;
                public @interface Formula { String value(); }
                """);
    }

    /** {@code javax.persistence.Entity}, the JPA 2 annotation. */
    static JavaFileObject javaxEntity() {
        return com.google.testing.compile.JavaFileObjects.forSourceString("javax.persistence.Entity", """
                package javax.persistence;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE)
                public @interface Entity { String name() default ""; }
                """);
    }
}
