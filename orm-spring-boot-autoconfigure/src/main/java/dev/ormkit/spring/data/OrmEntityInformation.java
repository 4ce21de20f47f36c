package dev.ormkit.spring.data;

import java.util.List;
import dev.ormkit.mapping.ColumnAttribute;
import dev.ormkit.mapping.EntityMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.support.AbstractEntityInformation;

/**
 * Spring Data's view of a mapped class, read from its {@link EntityMapping}. An object is new
 * when its version (if the class has one, as a wrapper type) or else its primary key is null,
 * Spring Data's own rule.
 */
public final class OrmEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {
    private final EntityMapping<T> mapping;
    private final ColumnAttribute id;

    public OrmEntityInformation(Class<T> type) {
        super(type);
        this.mapping = EntityMapping.of(type);
        List<ColumnAttribute> key = mapping.primaryKey();
        if (key.size() != 1) {
            throw new IllegalArgumentException(type.getName() + " has a primary key of " + key.size()
                    + " columns; repositories support classes with a single-column primary key");
        }
        this.id = key.get(0);
    }

    public EntityMapping<T> mapping() {
        return mapping;
    }

    /** The primary key attribute. */
    public ColumnAttribute idAttribute() {
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable ID getId(T entity) {
        return (ID) id.get(entity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<ID> getIdType() {
        return (Class<ID>) id.javaType();
    }

    @Override
    public boolean isNew(T entity) {
        ColumnAttribute version = mapping.version();
        if (version != null && !version.javaType().isPrimitive()) {
            return version.get(entity) == null;
        }
        return super.isNew(entity);
    }
}
