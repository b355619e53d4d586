param quarter = 1
run helpers/quarterly.sp
run helpers/broken.sp
