package dev.ormkit.bench.support;

import dev.ormkit.bench.enhanced.EnhancedPost;
import dev.ormkit.bench.enhanced.EnhancedUser;
import dev.ormkit.schema.MetaData;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * ormkit with the model as plain classes that the build enhanced ({@link EnhancedUser},
 * {@link EnhancedPost}, module {@code orm-bench-enhanced}).
 */
@State(Scope.Benchmark)
public class OrmkitEnhancedState extends ModelSessions {
    @Override
    protected MetaData metadata() {
        return MetaData.of(EnhancedUser.class, EnhancedPost.class);
    }
}
