package de.thwien.dsr.subjectindex.access.archive;

/** Renders {@code index.html}, the page the requester opens first (the service renders it from its templates). */
@FunctionalInterface
public interface IndexPage {

    String render(PackageContents contents);
}
