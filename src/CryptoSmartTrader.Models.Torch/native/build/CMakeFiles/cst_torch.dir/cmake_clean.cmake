file(REMOVE_RECURSE
  "CMakeFiles/cst_torch.dir/cst_torch.cpp.o"
  "CMakeFiles/cst_torch.dir/cst_torch.cpp.o.d"
  "libcst_torch.pdb"
  "libcst_torch.so"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/cst_torch.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
