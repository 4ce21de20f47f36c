package dev.ormkit.bench.support;

import dev.ormkit.bench.model.BasePost;
import dev.ormkit.bench.model.BaseUser;
import dev.ormkit.schema.MetaData;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** ormkit with the model declared as subclasses of {@code dev.ormkit.orm.Base} ({@link BaseUser}, {@link BasePost}). */
@State(Scope.Benchmark)
public class OrmkitBaseState extends ModelSessions {
    @Override
    protected MetaData metadata() {
        return MetaData.of(BaseUser.class, BasePost.class);
    }
}
