package dev.ormkit.orm.loading;

import static dev.ormkit.orm.Load.joinedLoad;
import static dev.ormkit.orm.Load.noLoad;
import static dev.ormkit.orm.Load.raiseLoad;
import static dev.ormkit.orm.Load.selectinLoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import dev.ormkit.event.StatementCounter;
import dev.ormkit.exc.DetachedInstanceException;
import dev.ormkit.exc.LazyLoadRaisedException;
import dev.ormkit.model.Comment;
import dev.ormkit.model.Post;
import dev.ormkit.model.Post_;
import dev.ormkit.model.Tag;
import dev.ormkit.model.User;
import dev.ormkit.model.User_;
import dev.ormkit.orm.Session;
import dev.ormkit.orm.SessionFactory;
import dev.ormkit.testing.AllDatabases;
import dev.ormkit.testing.TestDatabase;

/** Lazy collections, many-to-one proxies, detached access and the raise/noload strategies. */
class LazyLoadingTest {

    @AllDatabases
    void aCollectionLoadsOnFirstUseWithOneSelect(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 3);
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            User user = session.query(User.class).filterBy("username", "user01").first();
            assertThat(counter.count()).isEqualTo(1);
            List<Post> posts = user.getPosts();                 // the field, not loaded yet
            assertThat(counter.count()).isEqualTo(1);
            assertThat(posts).extracting(Post::getTitle).containsExactlyInAnyOrder("title 1-0", "title 1-1", "title 1-2");
            assertThat(counter.count()).isEqualTo(2);
            assertThat(posts.size()).isEqualTo(3);              // loaded once
            assertThat(counter.count()).isEqualTo(2);
            assertThat(posts.get(0).getAuthor()).isSameAs(user); // the identity map answers: no SQL
            assertThat(counter.count()).isEqualTo(2);
        }
    }

    @AllDatabases
    void aManyToOneIsAProxyThatLoadsThroughPlainGettersButNotForItsKey(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(1, 1);
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            Post post = session.query(Post.class).first();
            User author = post.getAuthor();
            assertThat(author).isInstanceOf(User.class);
            assertThat(author.getId()).isEqualTo(post.getUserId()); // the key: no SQL
            assertThat(counter.count()).isEqualTo(1);
            assertThat(author.getUsername()).isEqualTo("user00");   // now it loads
            assertThat(counter.count()).isEqualTo(2);
            assertThat(author.getEmail()).isEqualTo("user00@example.com");
            assertThat(counter.count()).isEqualTo(2);
            assertThat(session.get(User.class, author.getId())).isSameAs(author); // one object per row
            assertThat(author.getPosts()).containsExactly(post);
        }
    }

    @AllDatabases
    void touchingAnUnloadedAttributeAfterCloseNamesClassAndAttribute(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(1, 1);
        User user;
        Post post;
        try (Session session = data.sessions().open()) {
            user = session.query(User.class).first();
            post = session.query(Post.class).first();
            assertThat(post.getAuthor()).isSameAs(user);    // already in the session: set directly
        }
        assertThatThrownBy(() -> user.getPosts().size())
                .isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("User.posts").hasMessageContaining("session is closed");
        assertThatThrownBy(() -> post.getComments().isEmpty())
                .isInstanceOf(DetachedInstanceException.class).hasMessageContaining("Post.comments");
        assertThat(user.getPosts().toString()).contains("unloaded User.posts"); // printing never throws

        Post other;
        try (Session session = data.sessions().open()) {
            other = session.query(Post.class).first();
        }
        User proxy = other.getAuthor();
        assertThat(proxy.getId()).isNotNull();                 // the key is there without its session
        assertThatThrownBy(proxy::getUsername)
                .isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Post.author").hasMessageContaining("getUsername");
    }

    @AllDatabases
    void loadedAttributesStayUsableAfterClose(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 2);
        List<User> users;
        try (Session session = data.sessions().open()) {
            users = session.query(User.class).options(selectinLoad(User_.posts)).orderBy(User_.username).all();
        }
        assertThat(users.get(0).getPosts()).hasSize(2);
        assertThat(users.get(1).getPosts().get(0).getAuthor()).isSameAs(users.get(1));
    }

    @AllDatabases
    void raiseLoadThrowsNamingTheRelationshipAndNoLoadStaysEmpty(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(1, 2);
        try (Session session = data.sessions().open();
             StatementCounter counter = StatementCounter.on(data.engine)) {
            User user = session.query(User.class).options(raiseLoad(User_.posts), noLoad(User_.comments)).first();
            assertThatThrownBy(() -> user.getPosts().size())
                    .isInstanceOf(LazyLoadRaisedException.class)
                    .hasMessageContaining("User.posts").hasMessageContaining("selectinLoad");
            assertThat(user.getComments()).isEmpty();
            assertThat(counter.count()).isEqualTo(1);

            Post post = session.query(Post.class).options(raiseLoad(Post_.author)).first();
            session.expunge(user); // so that the author is not in the identity map
            Post again = session.query(Post.class).options(raiseLoad(Post_.author)).filter(Post_.id.ne(post.getId())).first();
            assertThat(again.getAuthor()).isSameAs(post.getAuthor());
        }
        try (Session session = data.sessions().open()) {
            Post post = session.query(Post.class).options(raiseLoad(Post_.author)).first();
            assertThat(post.getAuthor().getId()).isEqualTo(post.getUserId());
            assertThatThrownBy(() -> post.getAuthor().getUsername())
                    .isInstanceOf(LazyLoadRaisedException.class).hasMessageContaining("Post.author");
        }
    }

    @AllDatabases
    void addingToAnInstalledCollectionSetsTheOtherSide(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(2, 1);
        try (Session session = data.sessions().open()) {
            User alice = session.query(User.class).filterBy("username", "user00").one();
            User bob = session.query(User.class).filterBy("username", "user01").one();
            Post post = new Post("Moved", "x");
            alice.getPosts().add(post);
            assertThat(post.getAuthor()).isSameAs(alice);   // back-populated the moment it was added
            session.flush();
            assertThat(post.getUserId()).isEqualTo(alice.getId());

            Post first = bob.getPosts().get(0);
            alice.getPosts().add(first);                    // moves it: out of bob's collection
            assertThat(first.getAuthor()).isSameAs(alice);
            assertThat(bob.getPosts()).doesNotContain(first);
            alice.getPosts().remove(post);
            assertThat(post.getAuthor()).isNull();
            session.commit();
        }
        try (Session session = data.sessions().open()) {
            User alice = session.query(User.class).filterBy("username", "user00").one();
            assertThat(alice.getPosts()).extracting(Post::getTitle).containsExactlyInAnyOrder("title 0-0", "title 1-0");
        }
    }

    @AllDatabases
    void manyToManyLoadsLazilyAndEagerly(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            Post post = new Post("Python Tips", "...");
            post.getTags().add(new Tag("python"));
            post.getTags().add(new Tag("tutorial"));
            session.add(post);
            session.commit();
        }
        SessionFactory sessions = data.sessions();
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            Post post = session.query(Post.class).first();
            assertThat(post.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("python", "tutorial");
            assertThat(counter.count()).isEqualTo(2);
        }
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            Post post = session.query(Post.class).options(joinedLoad(Post_.tags)).first();
            assertThat(post.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("python", "tutorial");
            assertThat(counter.count()).isEqualTo(1);
        }
        try (Session session = sessions.open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            Post post = session.query(Post.class).options(selectinLoad(Post_.tags)).first();
            Tag tag = post.getTags().iterator().next();
            assertThat(counter.count()).isEqualTo(2);
            assertThat(tag.getPosts()).containsExactly(post);
        }
    }

    @AllDatabases
    void commentsReachTheirPostAndAuthorLazily(TestDatabase db) {
        BlogData data = new BlogData(db);
        try (Session session = data.sessions().open()) {
            User alice = BlogData.user("alice");
            Post post = new Post("First Post", "Hello World!");
            alice.addPost(post);
            Comment c = new Comment("Nice");
            post.addComment(c);
            c.setAuthor(alice);
            session.add(alice);
            session.commit();
        }
        try (Session session = data.sessions().open()) {
            Comment c = session.query(Comment.class).first();
            assertThat(c.getPost().getTitle()).isEqualTo("First Post");
            assertThat(c.getAuthor()).isSameAs(c.getPost().getAuthor());
            assertThat(c.getAuthor().getUsername()).isEqualTo("alice");
        }
    }

    @AllDatabases
    void mergingADetachedObjectWithAnUnloadedProxyKeepsTheRow(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(1, 1);
        Post detached;
        try (Session session = data.sessions().open()) {
            detached = session.query(Post.class).first();  // its author: a proxy never loaded
        }
        detached.setTitle("Edited");
        try (Session session = data.sessions().open()) {
            Post managed = session.merge(detached);
            assertThat(managed.getAuthor().getUsername()).isEqualTo("user00");
            session.commit();
        }
        try (Session session = data.sessions().open()) {
            Post post = session.query(Post.class).one();
            assertThat(post.getTitle()).isEqualTo("Edited");
            assertThat(post.getAuthor().getEmail()).isEqualTo("user00@example.com"); // not overwritten with nulls
        }
    }

    @AllDatabases
    void aLazyLoadSeesPendingObjectsButDoesNotRescanTheSession(TestDatabase db) {
        BlogData data = new BlogData(db);
        data.fill(3, 1);
        try (Session session = data.sessions().open(); StatementCounter counter = StatementCounter.on(data.engine)) {
            List<User> users = session.query(User.class).orderBy(User_.username).all();
            Post pending = new Post("Pending", "x");
            pending.setAuthor(users.get(0));              // only the many-to-one side, not added yet
            session.add(pending);
            counter.reset();
            assertThat(users.get(0).getPosts()).extracting(Post::getTitle).contains("Pending"); // flushed first
            assertThat(counter.inserts()).isEqualTo(1);
            counter.reset();
            users.get(1).setEmail("changed@example.com");   // a change, but nothing to insert or delete
            assertThat(users.get(1).getPosts()).hasSize(1);
            assertThat(counter.count()).isEqualTo(1);       // the lazy SELECT alone: no flush scan per lazy load
            session.commit();
            assertThat(counter.updates()).isEqualTo(1);     // the change is written at commit
        }
    }
}
