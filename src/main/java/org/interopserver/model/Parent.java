package org.interopserver.model;

/** The concept record: the id shared by all versions of one work. */
public class Parent {
    public String id;

    public Parent() {
    }

    public Parent(String id) {
        this.id = id;
    }
}
