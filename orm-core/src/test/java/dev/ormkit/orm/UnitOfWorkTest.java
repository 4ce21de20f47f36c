package dev.ormkit.orm;

import static dev.ormkit.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.ormkit.engine.Connection;
import dev.ormkit.engine.Row;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.IntegrityException;
import dev.ormkit.exc.StaleDataException;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Flush ordering, batching, cascades, both sides of relationships, versions and recovery, on every database. */
class UnitOfWorkTest {

    private static long count(Blog blog, String sql) {
        try (Connection conn = blog.engine.connect()) {
            return ((Number) conn.execute(text(sql)).scalar()).longValue();
        }
    }

    @AllDatabases
    void aChildAddedBeforeItsParentIsInsertedAfterIt(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            Post post = new Post("First Post", "Hello World!");
            post.setAuthor(alice);          // only the many-to-one side is set
            session.add(post);              // the child first; the user comes by cascade
            Comment comment = new Comment("nice");
            comment.setPost(post);
            comment.setAuthor(alice);
            session.add(comment);
            session.commit();

            assertThat(post.getUserId()).isEqualTo(alice.getId());
            assertThat(comment.getPostId()).isEqualTo(post.getId());
            assertThat(alice.getPosts()).containsExactly(post);           // back-populated at flush
            assertThat(alice.getComments()).containsExactly(comment);
            assertThat(post.getComments()).containsExactly(comment);
        }
        try (Session session = blog.sessions.open()) {
            User bob = Blog.user("bob");
            Post post = new Post("Second", "...");
            bob.getPosts().add(post);       // only the collection side is set
            session.add(bob);
            session.flush();
            assertThat(post.getAuthor()).isSameAs(bob);
            assertThat(post.getUserId()).isEqualTo(bob.getId());
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM posts WHERE user_id IS NOT NULL")).isEqualTo(2);
    }

    @AllDatabases
    void aThousandPostsOfOneUserGoInAFewMultiRowInserts(TestDatabase db) {
        Blog blog = new Blog(db);
        User alice = Blog.user("alice");
        for (int i = 0; i < 1000; i++) {
            alice.addPost(new Post("post " + i, "content " + i));
        }
        try (Session session = blog.sessions.open(); StatementCounter counter = StatementCounter.on(blog.engine)) {
            session.add(alice);
            session.commit();
            counter.close();
            assertThat(counter.inserts()).isBetween(2L, 12L); // one for the user, the posts in a handful
            assertThat(counter.updates()).isZero();
        }
        Map<Long, String> titles = new HashMap<>();
        try (Connection conn = blog.engine.connect()) {
            for (Row r : conn.execute(text("SELECT id, title, user_id FROM posts")).all()) {
                titles.put(((Number) r.get(0)).longValue(), (String) r.get(1));
                assertThat(((Number) r.get(2)).longValue()).isEqualTo(alice.getId());
            }
        }
        assertThat(titles).hasSize(1000);
        for (Post p : alice.getPosts()) { // generated keys went to the right objects, in order
            assertThat(titles.get(p.getId())).isEqualTo(p.getTitle());
        }
    }

    @AllDatabases
    void selfReferencingRowsAndACycleOfRows(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            Node root = new Node("root");
            Node child = new Node("child");
            Node grandchild = new Node("grandchild");
            grandchild.setParent(child);
            child.setParent(root);
            session.add(grandchild); // deepest first: the rows still go parents first
            Node a = new Node("a");
            Node b = new Node("b");
            a.setPartner(b);
            b.setPartner(a);         // a cycle: one of them is inserted with a NULL key, then updated
            session.addAll(List.of(a, b));
            blog.sql.clear();
            session.commit();

            assertThat(child.getParentId()).isEqualTo(root.getId());
            assertThat(grandchild.getParentId()).isEqualTo(child.getId());
            assertThat(root.getChildren()).containsExactly(child);
            assertThat(a.getPartnerId()).isEqualTo(b.getId());
            assertThat(b.getPartnerId()).isEqualTo(a.getId());
            assertThat(blog.statementsStartingWith("UPDATE")).hasSize(1);
        }
        assertThat(count(blog, "SELECT count(*) FROM nodes n JOIN nodes m ON n.partner_id = m.id AND m.partner_id = n.id"))
                .isEqualTo(2);
        try (Session session = blog.sessions.open()) {
            // deleting a parent and its child in one flush: the child row goes first
            Node child = session.query(Node.class).filterBy("name", "child").one();
            Node grandchild = session.query(Node.class).filterBy("name", "grandchild").one();
            session.delete(child);
            session.delete(grandchild);
            session.commit();
            assertThat(session.query(Node.class).count()).isEqualTo(3);
        }
    }

    @AllDatabases
    void deletingAParentWithoutDeleteCascadeDetachesItsChildren(TestDatabase db) {
        Blog blog = new Blog(db);
        long postId;
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            Post post = new Post("p", "c");
            alice.addPost(post);
            session.add(alice);
            session.commit();
            postId = post.getId();
        }
        try (Session session = blog.sessions.open()) {
            User alice = session.query(User.class).one(); // posts not loaded: the flush loads them
            session.delete(alice);
            session.commit();
            Post post = session.get(Post.class, postId);
            assertThat(post).isNotNull();
            assertThat(post.getUserId()).isNull();
        }
    }

    @AllDatabases
    void cascadeAllDeleteOrphan(TestDatabase db) {
        Blog blog = new Blog(db);
        Invoice invoice = new Invoice("acme");
        InvoiceLine keep = new InvoiceLine("keep");
        InvoiceLine drop = new InvoiceLine("drop");
        invoice.addLine(keep).addLine(drop);
        try (Session session = blog.sessions.open()) {
            session.add(invoice);
            session.commit();
            assertThat(keep.getInvoiceId()).isEqualTo(invoice.getId());

            invoice.getLines().remove(drop); // an orphan: deleted at flush
            session.commit();
            assertThat(session.inspect(drop).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(count(blog, "SELECT count(*) FROM invoice_lines")).isEqualTo(1);
        }
        try (Session session = blog.sessions.open()) {
            Invoice loaded = session.get(Invoice.class, invoice.getId());
            session.delete(loaded); // cascades to its lines (loaded for the cascade), deleted first
            session.commit();
        }
        assertThat(count(blog, "SELECT count(*) FROM invoice_lines")).isZero();
        assertThat(count(blog, "SELECT count(*) FROM invoices")).isZero();
    }

    @AllDatabases
    void manyToManyCollectionChangesInsertAndDeleteAssociationRows(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            Post post = new Post("p", "c");
            alice.addPost(post);
            Tag java = new Tag("java");
            Tag sql = new Tag("sql");
            post.getTags().add(java);  // one side only
            post.getTags().add(sql);
            session.add(alice);
            session.commit();
            assertThat(java.getPosts()).containsExactly(post);
            assertThat(count(blog, "SELECT count(*) FROM post_tags")).isEqualTo(2);

            post.getTags().remove(java);
            blog.sql.clear();
            session.commit();
            assertThat(blog.statementsStartingWith("DELETE FROM post_tags")).hasSize(1);
            assertThat(java.getPosts()).isEmpty();
            assertThat(count(blog, "SELECT count(*) FROM post_tags")).isEqualTo(1);

            Tag orm = new Tag("orm");
            orm.getPosts().add(post);   // from the other side
            session.add(orm);
            session.commit();
            assertThat(post.getTags()).containsExactlyInAnyOrder(sql, orm);
            assertThat(count(blog, "SELECT count(*) FROM post_tags")).isEqualTo(2);

            session.delete(post);      // its association rows go with it
            session.commit();
            assertThat(count(blog, "SELECT count(*) FROM post_tags")).isZero();
            assertThat(count(blog, "SELECT count(*) FROM tags")).isEqualTo(3);
        }
    }

    @AllDatabases
    void aLostUpdateRaisesStaleDataException(TestDatabase db) {
        Blog blog = new Blog(db);
        Invoice invoice = new Invoice("acme");
        try (Session session = blog.sessions.open()) {
            session.add(invoice);
            session.commit();
            assertThat(invoice.getVersion()).isEqualTo(1L);
        }
        try (Session first = blog.sessions.open(); Session second = blog.sessions.open()) {
            Invoice mine = first.get(Invoice.class, invoice.getId());
            Invoice theirs = second.get(Invoice.class, invoice.getId());
            second.commit(); // ends its read (SQLite lets one writer in at a time)
            mine.setCustomer("first");
            first.commit();
            assertThat(mine.getVersion()).isEqualTo(2L);

            theirs.setCustomer("second");
            assertThatThrownBy(second::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("Invoice(" + invoice.getId() + ")").hasMessageContaining("version");
            // a failed flush is acknowledged with rollback() before the session writes again (the
            // transaction was rolled back; committing on as if nothing happened is refused)
            assertThatThrownBy(second::commit).isInstanceOf(dev.ormkit.exc.PendingRollbackException.class)
                    .hasCauseInstanceOf(StaleDataException.class);
            second.rollback();
            Invoice again = second.get(Invoice.class, invoice.getId());
            assertThat(again).isSameAs(theirs);
            assertThat(again.getCustomer()).isEqualTo("first");
            again.setCustomer("second");
            second.commit();
            assertThat(again.getVersion()).isEqualTo(3L);
        }
    }

    @AllDatabases
    void afterAFailedFlushTheSessionRollsBackAndStaysUsable(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            session.commit();

            User impostor = Blog.user("carol");
            impostor.setUsername("alice");
            impostor.addPost(new Post("never", "written"));
            User dave = Blog.user("dave");
            session.add(dave);          // inserted before the impostor fails
            session.add(impostor);
            alice.setEmail("lost@example.com");
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);

            assertThat(session.inspect(impostor).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.inspect(dave).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(dave.getId()).isNull();
            assertThat(session.inspect(alice).isExpired()).isTrue();
            assertThat(session.get(User.class, alice.getId()).getEmail()).isEqualTo("alice@example.com");

            session.rollback();        // harmless: already rolled back
            User bob = Blog.user("bob");
            session.add(bob);
            session.commit();
            assertThat(bob.getId()).isNotNull();
        }
        assertThat(count(blog, "SELECT count(*) FROM users")).isEqualTo(2);
        assertThat(count(blog, "SELECT count(*) FROM posts")).isZero();
    }

    @AllDatabases
    void aSavepointRollsBackOnlyItsOwnWork(TestDatabase db) {
        Blog blog = new Blog(db);
        try (Session session = blog.sessions.open()) {
            User alice = Blog.user("alice");
            session.add(alice);
            NestedTransaction nested = session.beginNested();
            User duplicate = Blog.user("bob");
            duplicate.setUsername("alice");
            session.add(duplicate);
            assertThatThrownBy(nested::commit).isInstanceOf(IntegrityException.class);
            assertThat(session.inspect(duplicate).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(session.inspect(alice).status()).isEqualTo(ObjectStatus.PERSISTENT);

            try (NestedTransaction kept = session.beginNested()) {
                session.add(Blog.user("carol"));
                kept.commit();
            }
            try (NestedTransaction undone = session.beginNested()) {
                session.add(Blog.user("dave"));
                session.flush();
            } // closed without commit: rolled back to the savepoint
            session.commit();
        }
        List<String> names = new ArrayList<>();
        try (Connection conn = blog.engine.connect()) {
            for (Row r : conn.execute(text("SELECT username FROM users ORDER BY username")).all()) {
                names.add((String) r.get(0));
            }
        }
        assertThat(names).containsExactly("alice", "carol");
    }
}
