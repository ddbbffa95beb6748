package dev.schemac.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.AlterSequence;
import dev.schemac.operation.Approval;
import dev.schemac.operation.ClassifiedOperation;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateSchema;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropDefault;
import dev.schemac.operation.DropIndex;
import dev.schemac.operation.DropNotNull;
import dev.schemac.operation.DropSequence;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.operation.OperationVisitor;
import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameConstraint;
import dev.schemac.operation.RenameIndex;
import dev.schemac.operation.RenameSequence;
import dev.schemac.operation.RenameTable;
import dev.schemac.operation.Risk;
import dev.schemac.operation.SetDefault;
import dev.schemac.operation.SetNotNull;
import dev.schemac.schema.QualifiedName;
import java.util.List;

/**
 * One statement per operation, calling {@code SchemaChanges} as a person would write it, e.g.
 * {@code schema.addColumn("customer", column("email", varchar(255)));}, under a comment with its classification when
 * it is not safe, e.g. {@code // [data-dependent] fails if a row holds NULL}. Operations that can lose data and carry
 * no approval get a comment saying how a person approves them. schemac never approves by itself: the only
 * approvals it writes are those a person recorded in the source ({@code @DropColumn}, {@code @DropTable}), kept
 * from the operation with the reason given there.
 */
final class OperationCode implements OperationVisitor<CodeBlock> {
    static final ClassName APPROVAL = ClassName.get(Approval.class);
    private static final String APPROVE = "approveDataLoss(\"<reason>\")";

    private final StaticImports imports;
    private final ModelCode model;

    OperationCode(StaticImports imports) {
        this.imports = imports;
        this.model = new ModelCode(imports);
    }

    /**
     * A statement and whether it should stand apart from its neighbours by blank lines.
     *
     * @param code the statement, after the comment it needs, if any
     * @param standsApart whether it spans lines or has a comment
     */
    record Statement(CodeBlock code, boolean standsApart) {
    }

    /** Whether the operation can lose data and no person approved it yet. */
    static boolean needsApproval(Operation operation) {
        return operation.risk() == Risk.DESTRUCTIVE && operation.approval() == null;
    }

    /** The operation's statement, under its classification when it is not safe. */
    Statement statement(ClassifiedOperation classified) {
        Operation operation = classified.operation();
        CodeBlock.Builder code = CodeBlock.builder();
        List<String> hazard = ClassificationText.comment(classified);
        hazard.forEach(line -> code.add("// $L\n", line));
        boolean comment = !hazard.isEmpty();
        if (needsApproval(operation)) {
            comment = true;
            // The classification above says it can lose data; this line says what a person does about it.
            code.add(operation instanceof AlterColumnType
                    ? "// Refused until the last null is replaced by $L.\n"
                    : "// Refused until approved with $L as last argument.\n", APPROVE);
        }
        boolean decided = (operation instanceof DropColumn || operation instanceof DropTable)
                && operation.approval() != null;
        if (decided) {
            code.add("// The approval records a person's decision to drop the data, and its reason.\n");
        }
        comment |= decided;
        CodeBlock call = operation.accept(this);
        return new Statement(code.add(call).build(), comment || operation instanceof CreateTable);
    }

    @Override
    public CodeBlock visit(CreateSchema op) {
        return call("createSchema($S)", op.name());
    }

    @Override
    public CodeBlock visit(CreateTable op) {
        return call("createTable($L)", model.table(op.table()));
    }

    @Override
    public CodeBlock visit(DropTable op) {
        return call("dropTable($S$L)", name(op.table()), approval(op.approval()));
    }

    @Override
    public CodeBlock visit(AddColumn op) {
        return call("addColumn($S,$W$L)", name(op.table()), model.column(op.column()));
    }

    @Override
    public CodeBlock visit(DropColumn op) {
        return call("dropColumn($S, $S$L)", name(op.table()), op.column(), approval(op.approval()));
    }

    @Override
    public CodeBlock visit(AlterColumnType op) {
        if (op.using() == null && op.approval() == null && op.risk() == Risk.SAFE) {
            return call("alterColumnType($S, $S,$W$L,$W$L)", name(op.table()), op.column(), model.type(op.from()),
                    model.type(op.to()));
        }
        CodeBlock using = op.using() == null ? CodeBlock.of("null") : CodeBlock.of("$S", op.using());
        CodeBlock approval = op.approval() == null ? CodeBlock.of("null") : approve(op.approval());
        return call("alterColumnType($S, $S,$W$L,$W$L,$W$L,$W$L)", name(op.table()), op.column(),
                model.type(op.from()), model.type(op.to()), using, approval);
    }

    @Override
    public CodeBlock visit(SetNotNull op) {
        return call("setNotNull($S, $S)", name(op.table()), op.column());
    }

    @Override
    public CodeBlock visit(DropNotNull op) {
        return call("dropNotNull($S, $S)", name(op.table()), op.column());
    }

    @Override
    public CodeBlock visit(SetDefault op) {
        return call("setDefault($S, $S,$W$S)", name(op.table()), op.column(), op.expression());
    }

    @Override
    public CodeBlock visit(DropDefault op) {
        return call("dropDefault($S, $S)", name(op.table()), op.column());
    }

    @Override
    public CodeBlock visit(AddPrimaryKey op) {
        return call("addPrimaryKey($S, $S,$W$L)", name(op.table()), op.primaryKey().name(),
                ModelCode.strings(op.primaryKey().columns()));
    }

    @Override
    public CodeBlock visit(AddUnique op) {
        return call("addUnique($S, $S,$W$L)", name(op.table()), op.unique().name(),
                ModelCode.strings(op.unique().columns()));
    }

    @Override
    public CodeBlock visit(AddCheck op) {
        return call("addCheck($S, $S,$W$S)", name(op.table()), op.check().name(), op.check().expression());
    }

    @Override
    public CodeBlock visit(AddForeignKey op) {
        return call("addForeignKey($S,$W$L)", name(op.table()), model.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visit(DropConstraint op) {
        return call("dropConstraint($S, $S)", name(op.table()), op.name());
    }

    @Override
    public CodeBlock visit(CreateIndex op) {
        return call("createIndex($S,$W$L)", name(op.table()), model.index(op.index()));
    }

    @Override
    public CodeBlock visit(DropIndex op) {
        return call("dropIndex($S)", name(op.index()));
    }

    @Override
    public CodeBlock visit(CreateSequence op) {
        return call("createSequence($L)", model.sequence(op.sequence()));
    }

    @Override
    public CodeBlock visit(AlterSequence op) {
        return call("alterSequence($S, $L)", name(op.sequence()), ModelCode.number(op.increment()));
    }

    @Override
    public CodeBlock visit(DropSequence op) {
        return call("dropSequence($S$L)", name(op.sequence()), approval(op.approval()));
    }

    @Override
    public CodeBlock visit(ExecuteSql op) {
        return call("sql($S$L)", op.sql(), approval(op.approval()));
    }

    @Override
    public CodeBlock visit(RenameTable op) {
        return call("renameTable($S, $S)", name(op.table()), op.to());
    }

    @Override
    public CodeBlock visit(RenameColumn op) {
        return call("renameColumn($S, $S, $S)", name(op.table()), op.column(), op.to());
    }

    @Override
    public CodeBlock visit(RenameConstraint op) {
        return call("renameConstraint($S, $S,$W$S)", name(op.table()), op.name(), op.to());
    }

    @Override
    public CodeBlock visit(RenameIndex op) {
        return call("renameIndex($S,$W$S)", name(op.index()), op.to());
    }

    @Override
    public CodeBlock visit(RenameSequence op) {
        return call("renameSequence($S, $S)", name(op.sequence()), op.to());
    }

    /** {@code schema.<call>;} as one statement, continuation lines indented by JavaPoet. */
    private static CodeBlock call(String format, Object... args) {
        return CodeBlock.builder().addStatement("schema." + format, args).build();
    }

    /** Nothing, or {@code , approveDataLoss("...")} to end an argument list. */
    private CodeBlock approval(Approval approval) {
        return approval == null ? CodeBlock.of("") : CodeBlock.of(",$W$L", approve(approval));
    }

    private CodeBlock approve(Approval approval) {
        return CodeBlock.of("$T.approveDataLoss($S)", imports.use(APPROVAL, "approveDataLoss"), approval.reason());
    }

    private static String name(QualifiedName name) {
        return name.toString();
    }
}
