package dev.ormkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/**
 * Expands an {@link AllDatabases} test into one invocation per database. A server that cannot
 * be reached is skipped with a one-line reason, except with {@code CI=true}, where it fails the
 * test: CI must never pass by skipping. {@code ORMKIT_TEST_DATABASES=h2,sqlite} limits the run.
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<TestTemplateInvocationContext> out = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            if (Servers.selected(kind)) {
                out.add(new Invocation(kind));
            }
        }
        return out.stream();
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final DatabaseKind kind;

        Invocation(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Lifecycle(kind));
        }
    }

    /** Creates the scratch database before the test and drops it after. */
    private static final class Lifecycle implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final DatabaseKind kind;
        private TestDatabase database;

        Lifecycle(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            String unavailable = Servers.unavailableReason(kind);
            if (unavailable != null) {
                if (Servers.isCi()) {
                    throw new IllegalStateException(kind.label() + " is required when CI=true but " + unavailable);
                }
                throw new TestAbortedException(kind.label() + " skipped: " + unavailable);
            }
            database = Servers.scratch(kind, context.getRequiredTestMethod().getName().toLowerCase(Locale.ROOT));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                database.close();
                database = null;
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            if (database == null) {
                // parameters resolve before beforeEach callbacks of the invocation in some orders
                beforeEach(e);
            }
            return database;
        }
    }
}
