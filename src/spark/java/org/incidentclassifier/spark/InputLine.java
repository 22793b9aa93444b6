package org.incidentclassifier.spark;

import java.io.Serializable;

/**
 * One line of the job's JSON Lines input, where it was read from.
 *
 * @param order    its place in the whole input (files in path order, then lines), from 0: incidents are numbered
 *                 in this order, as the CLI numbers them in input order
 * @param file     the file as records name it: a local file by its path, any other by its URI
 * @param fileName the file's name, whose base gives ids to records that have none
 * @param number   the line's number in its file, from 1
 * @param text     the line
 */
record InputLine(long order, String file, String fileName, long number, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
}
