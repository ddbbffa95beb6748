package dev.schemac.processor.read;

import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every part of the reader shares for one run: the compiler's utilities, the naming strategy, the problems
 * found so far, and the per-class work that is done once and remembered.
 */
final class ReadContext {
    final Elements elements;
    final Types types;
    final Naming naming;
    final Problems problems;
    final Annotations annotations;
    final AttributeCollector attributes;
    final UnsupportedMappings unsupported;
    final ColumnSpecs columnSpecs;
    final EntityHeads heads;
    final Sequences sequences;
    final CollectionDrafts collections;
    final Hierarchies hierarchies;
    final InheritanceMapper inheritance;
    final GeneratorTables generatorTables;
    final Converters converters;
    final ValidationTargets validation;

    ReadContext(Elements elements, Types types, Naming naming, Problems problems, ConverterValues converterValues) {
        this.elements = elements;
        this.types = types;
        this.naming = naming;
        this.problems = problems;
        this.annotations = new Annotations();
        this.attributes = new AttributeCollector(types, annotations);
        this.unsupported = new UnsupportedMappings(this);
        this.columnSpecs = new ColumnSpecs(unsupported);
        this.heads = new EntityHeads(this);
        this.sequences = new Sequences(problems);
        this.collections = new CollectionDrafts();
        this.hierarchies = new Hierarchies(this);
        this.inheritance = new InheritanceMapper(this);
        this.generatorTables = new GeneratorTables(this);
        this.converters = new Converters(this, converterValues);
        this.validation = new ValidationTargets(annotations);
    }
}
