package dev.ormkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dev.ormkit.exc.MappingException;
import org.junit.jupiter.api.Test;

/** Each mapping mistake fails when the mapping is built, naming the class, the field and the fix. */
class MappingErrorsTest {

    @Table("no_key")
    static class NoKey {
        Long id;
        String name;
    }

    @Test
    void noPrimaryKey() {
        assertThatThrownBy(() -> Mappings.validate(NoKey.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(NoKey.class.getName() + ": has no primary key")
                .hasMessageContaining("@Column(primaryKey = true)");
    }

    @Table("writers")
    static class Writer {
        @Column(primaryKey = true) Long id;
        @Relationship(backPopulates = "writer") List<Book> books;
    }

    @Table("books")
    static class Book {
        @Column(primaryKey = true) Long id;
        @ForeignKey("writers.id") Long writerId;
        @Relationship Writer author;
    }

    @Test
    void backPopulatesNamingAMissingField() {
        assertThatThrownBy(() -> Mappings.validate(Writer.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Writer.class.getName() + ".books: backPopulates = \"writer\" but Book has no field writer")
                .hasMessageContaining("Add `@Relationship(backPopulates = \"books\") Writer writer;` to Book");
    }

    @Table("editors")
    static class Editor {
        @Column(primaryKey = true) Long id;
        @Relationship(backPopulates = "editorId") List<Draft> drafts;
    }

    @Table("publishers")
    static class Publisher {
        @Column(primaryKey = true) Long id;
        @Relationship(backPopulates = "publisher") List<Draft> drafts;
    }

    @Table("drafts")
    static class Draft {
        @Column(primaryKey = true) Long id;
        @ForeignKey("editors.id") Long editorId;
        @ForeignKey("publishers.id") Long publisherId;
        @Relationship Editor publisher;
    }

    @Test
    void backPopulatesNamingAFieldOfTheWrongType() {
        assertThatThrownBy(() -> Mappings.validate(Editor.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Editor.class.getName() + ".drafts: backPopulates = \"editorId\" names a column of Draft, not a relationship");
        assertThatThrownBy(() -> Mappings.validate(Publisher.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Publisher.class.getName() + ".drafts: backPopulates = \"publisher\" names Draft.publisher,"
                        + " which refers to Editor, not Publisher");
    }

    @Table("people")
    static class Person {
        @Column(primaryKey = true) Long id;
    }

    @Table("messages")
    static class Message {
        @Column(primaryKey = true) Long id;
        @ForeignKey("people.id") Long senderId;
        @ForeignKey("people.id") Long recipientId;
        @Relationship Person sender;
    }

    @Table("letters")
    static class Letter {
        @Column(primaryKey = true) Long id;
        @ForeignKey("people.id") Long senderId;
        @ForeignKey("people.id") Long recipientId;
        @Relationship(foreignKeys = "senderId") Person sender;
        @Relationship(foreignKeys = "recipient_id") Person recipient;
    }

    @Test
    void twoForeignKeysToOneTableNeedForeignKeys() {
        assertThatThrownBy(() -> Mappings.validate(Message.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Message.class.getName() + ".sender: more than one foreign key links messages and people"
                        + " (columns [sender_id, recipient_id])")
                .hasMessageContaining("@Relationship(foreignKeys = \"sender_id\")");
        // naming the key (by field or column name) disambiguates
        EntityMapping<Letter> letter = EntityMapping.of(Letter.class);
        assertThat(letter.relationship("sender").pairs().get(0).local().name()).isEqualTo("sender_id");
        assertThat(letter.relationship("recipient").pairs().get(0).local().name()).isEqualTo("recipient_id");
    }

    static class Address {
        String street;
    }

    @Table("customers")
    static class Customer {
        @Column(primaryKey = true) Long id;
        @Relationship Address address;
    }

    @Test
    void relationshipToAnUnmappedClass() {
        assertThatThrownBy(() -> Mappings.validate(Customer.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Customer.class.getName() + ".address: relationship target " + Address.class.getName()
                        + " is not a mapped class")
                .hasMessageContaining("Annotate Address with @Table, or mark the field @Transient");
    }

    @Table("accounts")
    static class Account {
        @Column(primaryKey = true) Long id;
    }

    @Table("accounts")
    static class LegacyAccount {
        @Column(primaryKey = true) Long id;
    }

    @Test
    void twoClassesOnOneTableWithoutInheritance() {
        assertThatThrownBy(() -> Mappings.validate(Account.class, LegacyAccount.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(LegacyAccount.class.getName() + ": maps to table accounts, as does " + Account.class.getName())
                .hasMessageContaining("declare an @Inheritance hierarchy");
    }

    @Table("settings")
    static class Settings {
        @Column(primaryKey = true) Long id;
        Map<String, String> values;
    }

    @Test
    void unsupportedFieldType() {
        assertThatThrownBy(() -> EntityMapping.of(Settings.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Settings.class.getName() + ".values: type java.util.Map<java.lang.String, java.lang.String>"
                        + " is not a column type")
                .hasMessageContaining("Mark the field @Transient");
    }

    @Table("orders")
    static class Order {
        @Column(primaryKey = true) Long id;
        Customer customer;
    }

    @Test
    void aMappedClassFieldWithoutRelationship() {
        assertThatThrownBy(() -> EntityMapping.of(Order.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Order.class.getName() + ".customer: refers to mapped class Customer without @Relationship");
    }

    @Table("gadgets")
    static class Gadget {
        @Column(primaryKey = true) Long id;
        @Column(defaultValue = "yes") Boolean enabled;

        Gadget(long id) {
            this.id = id;
        }
    }

    @Test
    void badDefaultLiteral() {
        assertThatThrownBy(() -> EntityMapping.of(Gadget.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Gadget.class.getName() + ".enabled: defaultValue \"yes\" is not a valid Boolean");
    }

    @Table("widgets")
    static class Widget {
        @Column(primaryKey = true) Long id;

        Widget(long id) {
            this.id = id;
        }
    }

    @Test
    void noNoArgumentConstructor() {
        assertThatThrownBy(() -> EntityMapping.of(Widget.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Widget.class.getName() + ": has no no-argument constructor");
    }

    @Table("shelves")
    static class Shelf {
        @Column(primaryKey = true) Long id;
        @Relationship(cascade = "save-update, everything") List<Tome> tomes;
    }

    @Table("tomes")
    static class Tome {
        @Column(primaryKey = true) Long id;
        @ForeignKey("shelves.id") Long shelfId;
    }

    @Test
    void unknownCascade() {
        assertThatThrownBy(() -> EntityMapping.of(Shelf.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(Shelf.class.getName() + ".tomes: unknown cascade \"everything\"");
    }

    @Table("islands")
    static class Island {
        @Column(primaryKey = true) Long id;
        @Relationship List<Person> people;
    }

    @Test
    void noForeignKeyBetweenTheTables() {
        assertThatThrownBy(() -> Mappings.validate(Island.class))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(Island.class.getName() + ".people: no foreign key links islands and people")
                .hasMessageContaining("Add @ForeignKey(\"islands.id\") to a column of Person");
    }

    @Test
    void cascadeAllExpandsAsInSqlAlchemy() {
        assertThat(CascadeType.parse("all, delete-orphan")).containsExactlyInAnyOrder(CascadeType.SAVE_UPDATE,
                CascadeType.MERGE, CascadeType.EXPUNGE, CascadeType.DELETE, CascadeType.REFRESH_EXPIRE, CascadeType.DELETE_ORPHAN);
        assertThat(CascadeType.parse("none")).isEmpty();
    }
}
