package dev.ormkit.spring.data.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.mapping.EntityMapping;
import dev.ormkit.mapping.Lazy;
import dev.ormkit.mapping.RelationshipAttribute;
import dev.ormkit.mapping.meta.CollectionRelation;
import dev.ormkit.mapping.meta.Relation;
import dev.ormkit.mapping.meta.RelationAttribute;
import dev.ormkit.orm.Load;
import dev.ormkit.orm.LoaderOption;
import dev.ormkit.orm.Query;
import dev.ormkit.spring.data.LoaderOptions;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The loader options of one query method: those {@link LoaderOptions} declares, resolved once
 * when the repository is made, and those passed per call through a trailing
 * {@code LoaderOption...} parameter.
 */
public final class QueryLoaderOptions {
    private final List<LoaderOption> declared;
    private final int callIndex;

    private QueryLoaderOptions(List<LoaderOption> declared, int callIndex) {
        this.declared = declared;
        this.callIndex = callIndex;
    }

    /**
     * The options of {@code method}.
     *
     * @throws IllegalStateException naming the method and the path when a path does not name
     *     relationships of the repository's class, or names one twice with different strategies
     */
    public static QueryLoaderOptions of(OrmQueryMethod method) {
        int index = method.getParameters() instanceof OrmParameters p ? p.getLoaderOptionsIndex() : -1;
        LoaderOptions annotation = AnnotatedElementUtils.findMergedAnnotation(method.method(), LoaderOptions.class);
        if (annotation == null) {
            return new QueryLoaderOptions(List.of(), index);
        }
        Map<String, Lazy> strategies = new LinkedHashMap<>();
        declare(strategies, annotation.joined(), Lazy.JOINED, method);
        declare(strategies, annotation.selectin(), Lazy.SELECTIN, method);
        declare(strategies, annotation.subquery(), Lazy.SUBQUERY, method);
        declare(strategies, annotation.raise(), Lazy.RAISE, method);
        EntityMapping<?> root = EntityMapping.of(method.getEntityInformation().getJavaType());
        List<LoaderOption> options = new ArrayList<>();
        for (Map.Entry<String, Lazy> e : strategies.entrySet()) {
            options.add(option(root, e.getKey(), e.getValue(), strategies, method));
        }
        return new QueryLoaderOptions(List.copyOf(options), index);
    }

    private static void declare(Map<String, Lazy> strategies, String[] paths, Lazy strategy, OrmQueryMethod method) {
        for (String raw : paths) {
            String path = raw.strip();
            if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                throw new IllegalStateException(method.describe() + ": @LoaderOptions path '" + raw
                        + "' is not a dotted path of relationships (posts, posts.tags)");
            }
            Lazy before = strategies.putIfAbsent(path, strategy);
            if (before != null && before != strategy) {
                throw new IllegalStateException(method.describe() + ": @LoaderOptions names the path '" + path
                        + "' twice, as " + before + " and as " + strategy + "; keep one");
            }
        }
    }

    /** The option for {@code path}: each step by its own declared strategy, else the path's. */
    private static LoaderOption option(EntityMapping<?> root, String path, Lazy strategy, Map<String, Lazy> declared,
                                       OrmQueryMethod method) {
        List<String> names = Arrays.asList(path.split("\\."));
        EntityMapping<?> at = root;
        LoaderOption option = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            RelationshipAttribute r = at.findRelationship(name);
            if (r == null) {
                List<String> known = at.relationships().stream().map(RelationshipAttribute::name).toList();
                throw new IllegalStateException(method.describe() + ": @LoaderOptions path '" + path + "': '" + name
                        + "' is not a relationship of " + at.type().getSimpleName() + " (its relationships: " + known + ")");
            }
            Lazy step = i == names.size() - 1 ? strategy
                    : declared.getOrDefault(String.join(".", names.subList(0, i + 1)), strategy);
            option = then(option, relation(r), step);
            at = r.target();
        }
        return option;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RelationAttribute<?, ?> relation(RelationshipAttribute r) {
        Class owner = r.owner();
        Class target = r.target().type();
        return r.isCollection() ? new CollectionRelation<>(owner, r.name(), target) : new Relation<>(owner, r.name(), target);
    }

    private static LoaderOption then(LoaderOption option, RelationAttribute<?, ?> relation, Lazy strategy) {
        if (option == null) {
            return switch (strategy) {
                case JOINED -> Load.joinedLoad(relation);
                case SELECTIN -> Load.selectinLoad(relation);
                case SUBQUERY -> Load.subqueryLoad(relation);
                case RAISE -> Load.raiseLoad(relation);
                default -> Load.lazyLoad(relation);
            };
        }
        return switch (strategy) {
            case JOINED -> option.joinedLoad(relation);
            case SELECTIN -> option.selectinLoad(relation);
            case SUBQUERY -> option.subqueryLoad(relation);
            case RAISE -> option.raiseLoad(relation);
            default -> option.lazyLoad(relation);
        };
    }

    /** The options {@link LoaderOptions} declares, in declaration order. */
    public List<LoaderOption> declared() {
        return declared;
    }

    /** True when the method neither declares options nor takes them per call. */
    public boolean isEmpty() {
        return declared.isEmpty() && callIndex < 0;
    }

    /** The declared options, then those of this call's loader option argument. */
    public List<LoaderOption> forCall(Object[] arguments) {
        if (callIndex < 0 || arguments[callIndex] == null) {
            return declared;
        }
        List<LoaderOption> all = new ArrayList<>(declared);
        Object given = arguments[callIndex];
        if (given instanceof LoaderOption one) {
            all.add(one);
        } else {
            for (LoaderOption o : (LoaderOption[]) given) {
                if (o == null) {
                    throw new IllegalArgumentException("A loader option passed to a repository method must not be null");
                }
                all.add(o);
            }
        }
        return all;
    }

    /** {@code query} with this call's options. */
    public <T> Query<T> applyTo(Query<T> query, Object[] arguments) {
        List<LoaderOption> options = forCall(arguments);
        return options.isEmpty() ? query : query.options(options.toArray(LoaderOption[]::new));
    }
}
