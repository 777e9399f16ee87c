"""Build of the compiled cores (zhijian/engine/_batch_core.pyx, zhijian/audit/_memo_core.pyx); everything else is in
pyproject.toml."""

from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [Extension("zhijian.engine._batch_core", ["zhijian/engine/_batch_core.pyx"], extra_compile_args=["-O3"]),
         Extension("zhijian.audit._memo_core", ["zhijian/audit/_memo_core.pyx"], extra_compile_args=["-O3"])],
        compiler_directives={"language_level": "3"},
    )
)
