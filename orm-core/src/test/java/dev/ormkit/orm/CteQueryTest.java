package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.engine.Row;
import dev.ormkit.exc.CompileException;
import dev.ormkit.schema.Types;
import dev.ormkit.sql.Cte;
import dev.ormkit.sql.ForUpdate;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.DatabaseKind;
import dev.ormkit.testing.TestDatabase;

/**
 * CTEs and row locks through the ORM: a recursive CTE over mapped objects joined in
 * {@code session.query(Node.class)} and in {@code select(Node.class)}, returning the session's
 * objects in depth-first order; a query CTE made from {@code session.query}; a locking query.
 */
class CteQueryTest {

    /** root > (a > (a1, a2), b > (b1)), and a second tree: other > (o1). */
    private static List<String> buildForest(Blog blog) {
        try (Session session = blog.sessions.open()) {
            Node root = new Node("root");
            Node a = child(root, "a");
            child(a, "a1");
            child(a, "a2");
            Node b = child(root, "b");
            child(b, "b1");
            Node other = new Node("other");
            child(other, "o1");
            session.add(root);
            session.add(other);
            session.commit();
        }
        return List.of("root", "a", "a1", "a2", "b", "b1");
    }

    private static Node child(Node parent, String name) {
        Node n = new Node(name);
        n.setParent(parent);
        parent.getChildren().add(n);
        return n;
    }

    /** The subtree under the node named {@code rootName}, with a path that sorts depth-first by name. */
    private static Cte subtree(String rootName) {
        Cte tree = select(Node_.id, cast(Node_.name, Types.string(200)).label("path"))
                .where(Node_.name.eq(rootName)).cte("subtree", true);
        return tree.unionAll(select(Node_.id, cast(tree.c("path").concat("/").concat(Node_.name), Types.string(200)))
                .selectFrom(tableOf(Node.class).join(tree, Node_.parentId.eq(tree.c("id")))));
    }

    @AllDatabases
    void recursiveCteJoinedInSessionQueryReturnsObjectsDepthFirst(TestDatabase db) {
        Blog blog = new Blog(db);
        List<String> expected = buildForest(blog);
        try (Session session = blog.sessions.open()) {
            Node root = session.query(Node.class).filter(Node_.name.eq("root")).one();
            Cte tree = subtree("root");
            List<Node> nodes = session.query(Node.class).join(tree, Node_.id.eq(tree.c("id")))
                    .orderBy(tree.c("path")).all();
            assertThat(nodes).extracting(Node::getName).containsExactlyElementsOf(expected);
            assertThat(nodes.get(0)).isSameAs(root); // through the identity map

            // 2.0 style: select(Node.class) with the CTE joined, objects through session.scalars
            List<Node> viaSelect = session.scalars(select(Node.class).join(tree, Node_.id.eq(tree.c("id")))
                    .orderBy(tree.c("path")), Node.class).all();
            assertThat(viaSelect).containsExactlyElementsOf(nodes);

            // a CTE made from a session query, with its count of descendants per node
            Cte parents = session.query(Node_.parentId.label("pid"), func.count().label("n"))
                    .filter(Node_.parentId.isNotNull()).groupBy(Node_.parentId).cte("fanout");
            List<String> fanout = new ArrayList<>();
            for (Row r : session.query(Node_.name, parents.c("n")).join(parents, Node_.id.eq(parents.c("pid")))
                    .orderBy(Node_.name).all()) {
                fanout.add(r.get(0) + "=" + r.get(1, Long.class));
            }
            assertThat(fanout).containsExactly("a=2", "b=1", "other=1", "root=2");
        }
    }

    @AllDatabases
    void lockingQueryRunsWhereTheDatabaseHasTheLock(TestDatabase db) {
        Blog blog = new Blog(db);
        buildForest(blog);
        try (Session session = blog.sessions.open()) {
            Query<Node> locking = session.query(Node.class).filter(Node_.name.like("a%")).orderBy(Node_.name)
                    .withForUpdate(ForUpdate.update().skipLocked());
            if (db.kind() == DatabaseKind.SQLITE) {
                assertThatThrownBy(locking::all).isInstanceOf(CompileException.class)
                        .hasMessageStartingWith("sqlite does not support SKIP LOCKED");
                return;
            }
            assertThat(locking.all()).extracting(Node::getName).containsExactly("a", "a1", "a2");
            session.rollback();
        }
    }
}
