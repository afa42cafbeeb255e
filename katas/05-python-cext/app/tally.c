/*
 * _tally: counts the lines, words and bytes of a text in one pass, the way `wc` does, for the tally
 * service. It is the part of the app that has to be compiled: the image that builds it needs gcc and
 * Python's headers, and the image that runs it needs neither.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static PyObject *tally_count(PyObject *self, PyObject *args)
{
    Py_buffer text;
    if (!PyArg_ParseTuple(args, "y*", &text)) {
        return NULL;
    }

    const unsigned char *bytes = text.buf;
    Py_ssize_t size = text.len;
    Py_ssize_t lines = 0, words = 0;
    int in_word = 0;

    /* Reading the buffer needs no Python objects, so other request threads may run meanwhile. */
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < size; i++) {
        if (bytes[i] == '\n') {
            lines++;
        }
        if (is_space(bytes[i])) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    /* A last line without its newline is still a line. */
    if (size > 0 && bytes[size - 1] != '\n') {
        lines++;
    }
    Py_END_ALLOW_THREADS

    PyBuffer_Release(&text);
    return Py_BuildValue("(nnn)", lines, words, size);
}

static PyMethodDef tally_methods[] = {
    {"count", tally_count, METH_VARARGS,
     "count(data: bytes) -> (lines, words, bytes)\n\n"
     "Words are runs of bytes other than ASCII whitespace."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef tally_module = {
    PyModuleDef_HEAD_INIT, "_tally", "Fast line, word and byte counts.", -1, tally_methods,
};

PyMODINIT_FUNC PyInit__tally(void)
{
    return PyModule_Create(&tally_module);
}
