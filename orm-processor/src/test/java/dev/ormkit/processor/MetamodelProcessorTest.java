package dev.ormkit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs the processor in javac over small models. The mapping annotations are declared here
 * as minimal sources of the same names (the processor reads them by name); so are the
 * metamodel types, so the generated code is compiled too.
 */
class MetamodelProcessorTest {
    private static final Map<String, String> META = Map.of(
            "StringColumn", "<E> { public StringColumn(Class<E> e, String a) { } }",
            "NumberColumn", "<E, N extends Number> { public NumberColumn(Class<E> e, String a) { } }",
            "BooleanColumn", "<E> { public BooleanColumn(Class<E> e, String a) { } }",
            "TemporalColumn", "<E, T extends Comparable<? super T>> { public TemporalColumn(Class<E> e, String a) { } }",
            "UuidColumn", "<E> { public UuidColumn(Class<E> e, String a) { } }",
            "GenericColumn", "<E, T> { public GenericColumn(Class<E> e, String a) { } }",
            "Relation", "<E, T> { public Relation(Class<E> e, String a, Class<T> t) { } }",
            "CollectionRelation", "<E, T> { public CollectionRelation(Class<E> e, String a, Class<T> t) { } }");
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "dev.ormkit.mapping.Table", "package dev.ormkit.mapping; public @interface Table { String value(); }",
            "dev.ormkit.mapping.Column", "package dev.ormkit.mapping; public @interface Column { boolean primaryKey() default false; int length() default 0; }",
            "dev.ormkit.mapping.Relationship", "package dev.ormkit.mapping; public @interface Relationship { String backPopulates() default \"\"; }",
            "dev.ormkit.mapping.Transient", "package dev.ormkit.mapping; public @interface Transient { }",
            "dev.ormkit.mapping.MappedSuperclass", "package dev.ormkit.mapping; public @interface MappedSuperclass { }",
            "dev.ormkit.mapping.ForeignKey", "package dev.ormkit.mapping; public @interface ForeignKey { String value(); }");

    /** What javac said and what the processor wrote. */
    private record Outcome(List<Diagnostic<? extends JavaFileObject>> errors, Map<String, String> generated) {
        List<String> errorLines() {
            return errors.stream().map(d -> d.getSource().getName().replaceAll(".*/", "") + ":" + d.getLineNumber()
                    + ": " + d.getMessage(null)).collect(Collectors.toList());
        }
    }

    private static Outcome compile(Map<String, String> models) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        Map<String, String> all = new HashMap<>(ANNOTATIONS);
        // the metamodel types, with the constructors the generated code calls, so it compiles in full
        META.forEach((name, body) -> all.put("dev.ormkit.mapping.meta." + name,
                "package dev.ormkit.mapping.meta; public final class " + name + body));
        all.putAll(models);
        all.forEach((name, code) -> sources.add(new Source(name, code)));
        Map<String, String> generated = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public java.io.Writer openWriter() {
                        return new java.io.StringWriter() {
                            @Override
                            public void close() {
                                generated.put(className, toString());
                            }
                        };
                    }

                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        // javac parses generated sources in the next round
                        return generated.getOrDefault(className, "");
                    }

                    @Override
                    public java.io.OutputStream openOutputStream() {
                        return java.io.OutputStream.nullOutputStream();
                    }
                };
            }
        };
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of(), null, sources);
        task.setProcessors(List.of(new MetamodelProcessor()));
        task.call();
        try {
            files.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
        return new Outcome(errors, generated);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    @Test
    void generatesTypedConstantsBesideTheEntity() {
        Outcome out = compile(Map.of(
                "shop.Customer", """
                        package shop;
                        import dev.ormkit.mapping.*;
                        import java.util.List;
                        @Table("customers")
                        public class Customer {
                            @Column(primaryKey = true) Long id;
                            @Column(length = 50) String name;
                            boolean vip;
                            java.math.BigDecimal credit;
                            java.time.LocalDateTime since;
                            java.util.UUID token;
                            byte[] photo;
                            Kind kind;
                            transient String scratch;
                            @Transient Object cache;
                            static int COUNTER;
                            @Relationship(backPopulates = "customer") List<Order> orders;
                            public enum Kind { PERSON, COMPANY }
                        }
                        """,
                "shop.Order", """
                        package shop;
                        import dev.ormkit.mapping.*;
                        @Table("orders")
                        public class Order {
                            @Column(primaryKey = true) long id;
                            @ForeignKey("customers.id") Long customerId;
                            @Relationship(backPopulates = "orders") Customer customer;
                        }
                        """));
        assertThat(out.errorLines()).isEmpty();
        String customer = out.generated().get("shop.Customer_");
        assertThat(customer).contains("@Generated(\"dev.ormkit.processor.MetamodelProcessor\")")
                .contains("public final class Customer_")
                .contains("public static final NumberColumn<Customer, Long> id = new NumberColumn<>(Customer.class, \"id\");")
                .contains("public static final StringColumn<Customer> name = new StringColumn<>(Customer.class, \"name\");")
                .contains("public static final BooleanColumn<Customer> vip")
                .contains("public static final NumberColumn<Customer, BigDecimal> credit")
                .contains("public static final TemporalColumn<Customer, LocalDateTime> since")
                .contains("public static final UuidColumn<Customer> token")
                .contains("public static final GenericColumn<Customer, byte[]> photo")
                .contains("public static final GenericColumn<Customer, Customer.Kind> kind")
                .contains("public static final CollectionRelation<Customer, Order> orders = new CollectionRelation<>(Customer.class, \"orders\", Order.class);")
                .doesNotContain("scratch").doesNotContain("cache").doesNotContain("COUNTER");
        assertThat(out.generated().get("shop.Order_"))
                .contains("public static final NumberColumn<Order, Long> id")
                .contains("public static final Relation<Order, Customer> customer = new Relation<>(Order.class, \"customer\", Customer.class);");
    }

    @Test
    void mappedSuperclassFieldsAreInheritedAndItGetsAMetamodelToo() {
        Outcome out = compile(Map.of(
                "app.Base", """
                        package app;
                        import dev.ormkit.mapping.*;
                        @MappedSuperclass
                        public abstract class Base {
                            @Column(primaryKey = true) Long id;
                            java.time.Instant createdAt;
                        }
                        """,
                "app.Note", """
                        package app;
                        import dev.ormkit.mapping.*;
                        @Table("notes")
                        public class Note extends Base {
                            String text;
                        }
                        """));
        assertThat(out.errorLines()).isEmpty();
        assertThat(out.generated().get("app.Note_")).contains("NumberColumn<Note, Long> id", "TemporalColumn<Note, Instant> createdAt",
                "StringColumn<Note> text");
        assertThat(out.generated().get("app.Base_")).contains("NumberColumn<Base, Long> id");
    }

    @Test
    void relationshipToANonEntityIsACompileErrorAtTheField() {
        Outcome out = compile(Map.of(
                "app.Address", "package app; public class Address { String street; }",
                "app.Person", """
                        package app;
                        import dev.ormkit.mapping.*;
                        @Table("people")
                        public class Person {
                            @Column(primaryKey = true) Long id;
                            @Relationship Address address;
                        }
                        """));
        assertThat(out.errorLines()).containsExactly("Person.java:6: @Relationship target Address is not a mapped class:"
                + " annotate app.Address with @Table, or mark the field @Transient");
    }

    @Test
    void missingPrimaryKeyIsACompileErrorAtTheClass() {
        Outcome out = compile(Map.of("app.Log", """
                package app;
                import dev.ormkit.mapping.*;
                @Table("logs")
                public class Log {
                    String message;
                }
                """));
        assertThat(out.errorLines()).containsExactly("Log.java:4: Log has no primary key: mark its identifying field"
                + " @Column(primaryKey = true), e.g. `@Column(primaryKey = true) Long id;`");
    }

    @Test
    void unsupportedFieldTypeIsACompileErrorAtTheField() {
        Outcome out = compile(Map.of("app.Config", """
                package app;
                import dev.ormkit.mapping.*;
                @Table("configs")
                public class Config {
                    @Column(primaryKey = true) Long id;
                    java.util.Map<String, String> values;
                }
                """));
        assertThat(out.errorLines()).singleElement().asString()
                .startsWith("Config.java:6: Field type java.util.Map<java.lang.String,java.lang.String> is not a column type")
                .endsWith("mark the field @Transient, or @Relationship if it refers to mapped classes");
    }
}
