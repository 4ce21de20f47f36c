package dev.ormkit.mapping;

import java.util.List;
import dev.ormkit.schema.MetaData;
import dev.ormkit.schema.Table;

/**
 * Gives {@link MetaData#of} and {@link MetaData#scan} the tables of mapped classes without the
 * schema package depending on the mapping layer. Registered in
 * {@code META-INF/services/dev.ormkit.schema.MetaData$ClassMapper}.
 */
public final class MappedTables implements MetaData.ClassMapper {

    /** Made by the ServiceLoader. */
    public MappedTables() {
    }

    @Override
    public List<Table> tablesOf(List<Class<?>> classes) {
        return Mappings.tablesOf(classes);
    }

    @Override
    public List<Class<?>> scan(String packageName, ClassLoader loader) {
        return Mappings.scan(packageName, loader);
    }
}
