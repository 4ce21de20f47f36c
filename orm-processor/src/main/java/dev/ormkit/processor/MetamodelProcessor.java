package dev.ormkit.processor;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * Generates {@code User_} beside each {@code @Table} or {@code @MappedSuperclass} class: one
 * typed column constant per mapped field ({@code StringColumn<User> username}) and one
 * relation constant per relationship ({@code CollectionRelation<User, Post> posts}).
 *
 * <p>Mapping errors visible in the source are compile errors at the offending element: a
 * {@code @Relationship} to a class that is not mapped, a field type that is no column type, a
 * {@code @Table} class without a primary key. The option {@code -Aormkit.checks=off} turns
 * them off (the generated code is written either way).
 */
public final class MetamodelProcessor extends AbstractProcessor {
    static final String MAPPING = "dev.ormkit.mapping";
    static final String TABLE = MAPPING + ".Table";
    static final String MAPPED_SUPERCLASS = MAPPING + ".MappedSuperclass";
    static final String COLUMN = MAPPING + ".Column";
    static final String RELATIONSHIP = MAPPING + ".Relationship";
    static final String TRANSIENT = MAPPING + ".Transient";
    static final String INHERITANCE = MAPPING + ".Inheritance";
    static final String META = MAPPING + ".meta";
    static final String CHECKS_OPTION = "ormkit.checks";

    private final Set<String> generated = new LinkedHashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TABLE, MAPPED_SUPERCLASS);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CHECKS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getKind() == ElementKind.CLASS && generated.add(((TypeElement) e).getQualifiedName().toString())) {
                    generate((TypeElement) e);
                }
            }
        }
        return false;
    }

    private boolean checks() {
        return !"off".equals(processingEnv.getOptions().get(CHECKS_OPTION));
    }

    private void error(String message, Element at) {
        if (checks()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, at);
        }
    }

    private void generate(TypeElement entity) {
        ClassName entityName = ClassName.get(entity);
        List<FieldSpec> constants = new ArrayList<>();
        boolean hasPrimaryKey = false;
        for (VariableElement field : mappedFields(entity)) {
            String name = field.getSimpleName().toString();
            if (annotation(field, RELATIONSHIP) != null) {
                FieldSpec relation = relation(entity, entityName, field, name);
                if (relation != null) {
                    constants.add(relation);
                }
                continue;
            }
            AnnotationMirror column = annotation(field, COLUMN);
            if (column != null && Boolean.TRUE.equals(value(column, "primaryKey"))) {
                hasPrimaryKey = true;
            }
            TypeName constantType = columnType(entityName, field);
            if (constantType == null) {
                error("Field type " + field.asType() + " is not a column type (supported: String, Integer, Long, Short,"
                        + " Double, BigDecimal, Boolean, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant,"
                        + " UUID, byte[], enums); mark the field @Transient, or @Relationship if it refers to mapped classes",
                        field);
                continue;
            }
            constants.add(FieldSpec.builder(constantType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>($T.class, $S)", ((ParameterizedTypeName) constantType).rawType(), entityName, name)
                    .addJavadoc("Column attribute {@code $L.$L}.\n", entity.getSimpleName(), name)
                    .build());
        }
        if (annotation(entity, TABLE) != null && !hasPrimaryKey && !inheritsTable(entity)) {
            error(entity.getSimpleName() + " has no primary key: mark its identifying field"
                    + " @Column(primaryKey = true), e.g. `@Column(primaryKey = true) Long id;`", entity);
        }
        String simpleName = String.join("_", enclosingNames(entity)) + "_";
        TypeSpec type = TypeSpec.classBuilder(simpleName)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                        .addMember("value", "$S", getClass().getName()).build())
                .addJavadoc("Typed metamodel of {@link $T}: use its constants in queries.\n", entityName)
                .addFields(constants)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(entity);
        try {
            JavaFile.builder(pkg.getQualifiedName().toString(), type).skipJavaLangImports(true).build()
                    .writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Cannot write the metamodel " + simpleName + ": " + e.getMessage(), entity);
        }
    }

    private FieldSpec relation(TypeElement entity, ClassName entityName, VariableElement field, String name) {
        TypeMirror type = field.asType();
        boolean collection = isCollection(type);
        TypeMirror targetType = type;
        if (collection) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            if (args.size() != 1 || args.get(0).getKind() != TypeKind.DECLARED) {
                error("A @Relationship collection needs its element type, e.g. List<Post>", field);
                return null;
            }
            targetType = args.get(0);
        }
        if (targetType.getKind() != TypeKind.DECLARED) {
            error("A @Relationship field must be a mapped class or a List/Set of one, not " + type, field);
            return null;
        }
        TypeElement target = (TypeElement) ((DeclaredType) targetType).asElement();
        if (!isMappedClass(target)) {
            error("@Relationship target " + target.getSimpleName() + " is not a mapped class: annotate "
                    + target.getQualifiedName() + " with @Table, or mark the field @Transient", field);
        }
        ClassName raw = ClassName.get(META, collection ? "CollectionRelation" : "Relation");
        TypeName targetName = TypeName.get(processingEnv.getTypeUtils().erasure(targetType));
        return FieldSpec.builder(ParameterizedTypeName.get(raw, entityName, targetName), name,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T<>($T.class, $S, $T.class)", raw, entityName, name, targetName)
                .addJavadoc("Relationship {@code $L.$L}.\n", entity.getSimpleName(), name)
                .build();
    }

    /** The constant's type for a column field, or null when the field type is not a column type. */
    private TypeName columnType(ClassName entity, VariableElement field) {
        TypeMirror type = field.asType();
        if (type.getKind().isPrimitive()) {
            type = processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).asType();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
            return component.getKind() == TypeKind.BYTE
                    ? ParameterizedTypeName.get(ClassName.get(META, "GenericColumn"), entity, TypeName.get(type)) : null;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String qualified = element.getQualifiedName().toString();
        TypeName boxed = TypeName.get(type);
        switch (qualified) {
            case "java.lang.String":
                return ParameterizedTypeName.get(ClassName.get(META, "StringColumn"), entity);
            case "java.lang.Integer": case "java.lang.Long": case "java.lang.Short": case "java.lang.Double":
            case "java.lang.Float": case "java.math.BigDecimal":
                return ParameterizedTypeName.get(ClassName.get(META, "NumberColumn"), entity, boxed);
            case "java.lang.Boolean":
                return ParameterizedTypeName.get(ClassName.get(META, "BooleanColumn"), entity);
            case "java.time.LocalDate": case "java.time.LocalDateTime": case "java.time.LocalTime":
            case "java.time.Instant": case "java.time.OffsetDateTime":
                return ParameterizedTypeName.get(ClassName.get(META, "TemporalColumn"), entity, boxed);
            case "java.util.UUID":
                return ParameterizedTypeName.get(ClassName.get(META, "UuidColumn"), entity);
            default:
                return element.getKind() == ElementKind.ENUM
                        ? ParameterizedTypeName.get(ClassName.get(META, "GenericColumn"), entity, boxed) : null;
        }
    }

    /** Mapped fields of the class and of its mapped ancestors, top-most first (as the mapper orders them). */
    private List<VariableElement> mappedFields(TypeElement entity) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        for (TypeElement c = entity; c != null; c = superclass(c)) {
            if (c == entity || annotation(c, MAPPED_SUPERCLASS) != null || isMappedClass(c)) {
                chain.push(c);
            }
        }
        List<VariableElement> out = new ArrayList<>();
        for (TypeElement c : chain) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                Set<Modifier> mods = f.getModifiers();
                if (!mods.contains(Modifier.STATIC) && !mods.contains(Modifier.TRANSIENT) && annotation(f, TRANSIENT) == null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private TypeElement superclass(TypeElement c) {
        TypeMirror s = c.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
    }

    /** True for a class with {@code @Table}, or a subclass of one (an inheritance hierarchy). */
    private boolean isMappedClass(TypeElement c) {
        for (TypeElement t = c; t != null; t = superclass(t)) {
            if (annotation(t, TABLE) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when an ancestor has {@code @Table}: the key is the root's. */
    private boolean inheritsTable(TypeElement c) {
        TypeElement s = superclass(c);
        return s != null && isMappedClass(s);
    }

    private boolean isCollection(TypeMirror type) {
        TypeMirror collection = processingEnv.getTypeUtils().erasure(
                processingEnv.getElementUtils().getTypeElement("java.util.Collection").asType());
        return processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type), collection);
    }

    private static AnnotationMirror annotation(Element e, String name) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
                return m;
            }
        }
        return null;
    }

    private static Object value(AnnotationMirror m, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    private static List<String> enclosingNames(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element e = type;
        while (e instanceof TypeElement t) {
            names.push(t.getSimpleName().toString());
            if (t.getNestingKind() == NestingKind.TOP_LEVEL) {
                break;
            }
            e = t.getEnclosingElement();
        }
        return new ArrayList<>(names);
    }

}
