package dev.ormkit.reliability.badinput;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

/** A mapped class whose text columns receive the hostile inputs. */
@Table("rb_notes")
public class Note {
    @Column(primaryKey = true) Long id;
    @Column(length = 200) String title;
    @Column(type = "TEXT") String body;

    protected Note() {
    }

    Note(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
