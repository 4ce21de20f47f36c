package dev.ormkit.orm;

import java.util.ArrayList;
import java.util.List;
import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.ForeignKey;
import dev.ormkit.mapping.Relationship;
import dev.ormkit.mapping.Table;

/** A self-referencing row: a tree (parent/children) and a partner link that can form a cycle. */
@Table("nodes")
public class Node {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Column @ForeignKey("nodes.id") Long parentId;
    @Column @ForeignKey("nodes.id") Long partnerId;
    @Relationship(foreignKeys = "parent_id", backPopulates = "children") Node parent;
    @Relationship(foreignKeys = "parent_id", backPopulates = "parent") List<Node> children = new ArrayList<>();
    @Relationship(foreignKeys = "partner_id") Node partner;

    protected Node() {
    }

    public Node(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Node getParent() {
        return parent;
    }

    public void setParent(Node parent) {
        this.parent = parent;
    }

    public List<Node> getChildren() {
        return children;
    }

    public Node getPartner() {
        return partner;
    }

    public void setPartner(Node partner) {
        this.partner = partner;
    }

    @Override
    public String toString() {
        return "<Node(" + name + ")>";
    }
}
