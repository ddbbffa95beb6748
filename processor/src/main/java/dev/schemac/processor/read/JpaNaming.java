package dev.schemac.processor.read;

/** Hibernate's default {@code PhysicalNamingStrategyStandardImpl}: physical names are the logical names. */
final class JpaNaming implements Naming {
    @Override
    public Identifier toPhysical(Identifier logical) {
        return logical;
    }
}
