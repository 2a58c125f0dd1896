package dev.samachar.localnode;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Human wording for I/O failures. NIO exceptions carry only a path as their message ("/x/y"), which on its
 * own does not say what went wrong.
 */
final class IoErrors {

    private IoErrors() {}

    static String describe(IOException e) {
        String file = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : null;
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof NotDirectoryException) {
            what = "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "directory not empty";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            what = fse.getReason();
        } else {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return file != null ? what + " (" + file + ")" : what;
    }
}
