package dev.ormkit.sql;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** {@code expr AS name}. Inside ORDER BY / GROUP BY it renders as the bare name where allowed. */
public final class Label<T> extends Expression<T> {
    private final Expression<T> element;
    private final String name;

    Label(Expression<T> element, String name) {
        this.element = element;
        this.name = name;
    }

    /** The expression labelled. */
    public Expression<T> element() {
        return element;
    }

    /** The label, the result column's name. */
    public String name() {
        return name;
    }

    @Override
    public @Nullable SqlType<T> type() {
        return element.type();
    }

    @Override
    public String defaultLabel() {
        return name;
    }

    @Override
    public void forEachChild(Consumer<ClauseElement> visitor) {
        visitor.accept(element);
    }

    @Override
    void appendCacheKey(CacheKey.Builder key) {
        key.add(Label.class).add(name).element(element);
    }

    @Override
    public void compileTo(SqlCompiler compiler) {
        compiler.visitLabel(this);
    }
}
